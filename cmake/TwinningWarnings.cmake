# Strict warnings for twinning's own targets only; dependencies' headers
# are system headers and stay quiet.
function(twinning_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
