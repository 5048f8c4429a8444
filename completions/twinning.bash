# bash completion for twinning. Source it, or install it as
# /usr/share/bash-completion/completions/twinning.
_twinning() {
    local current=${COMP_WORDS[COMP_CWORD]}
    local previous=${COMP_WORDS[COMP_CWORD-1]}
    local command=${COMP_WORDS[1]}
    local common="-h --help --diagnostics --config --select --ignore --severity --strict --max-warnings
        --reference-date --date-order --vocabulary --stale-population-years --max-per-rule --infer-regions --with-coordinates --baseline
        --write-baseline --diagnostics-file --exit-zero -q --quiet --statistics --stdin-filename --show-settings
        -j --jobs"

    if [[ $COMP_CWORD -eq 1 ]]; then
        mapfile -t COMPREPLY < <(compgen -W "parse check fmt rules --help --version" -- "$current")
        return
    fi
    case $previous in
        --diagnostics) mapfile -t COMPREPLY < <(compgen -W "human json sarif github gitlab" -- "$current"); return ;;
        --format) mapfile -t COMPREPLY < <(compgen -W "json jsonl csv" -- "$current"); return ;;
        --date-order) mapfile -t COMPREPLY < <(compgen -W "dmy mdy" -- "$current"); return ;;
        --select | --ignore | --severity)
            mapfile -t COMPREPLY < <(compgen -W "$(twinning rules 2>/dev/null | awk '{print $2}')" -- "$current")
            return ;;
    esac
    case $command in
        parse) mapfile -t COMPREPLY < <(compgen -W "$common --format --output -o --csv-safe" -- "$current") ;;
        check) mapfile -t COMPREPLY < <(compgen -W "$common --fix --unsafe-fixes" -- "$current") ;;
        fmt) mapfile -t COMPREPLY < <(compgen -W "-h --help --in-place --check --diff" -- "$current") ;;
        rules)
            mapfile -t COMPREPLY < <(compgen -W "-h --help --markdown $(twinning rules 2>/dev/null | awk '{print $2}')" \
                -- "$current") ;;
    esac
    if [[ $current != -* ]]; then
        mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$current")
    fi
}
complete -F _twinning twinning
