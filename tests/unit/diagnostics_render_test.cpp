#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "diagnostics_json.hpp"
#include "json_text.hpp"
#include "test_sources.hpp"
#include "twinning/emit/diagnostics.hpp"
#include "twinning/model/diagnostic.hpp"

namespace {

using twinning::emit::diagnostic_to_json;
using twinning::emit::DiagnosticsFormat;
using twinning::emit::write_human;
using twinning::emit::write_human_summary;
using twinning::model::Diagnostic;
using twinning::model::Fix;
using twinning::model::make_diagnostic;
using twinning::model::Rule;
using twinning::model::SourceSpan;

constexpr std::string_view typo_source = "Gaziantep (Turkey)\npopulataion: 1 680 723 (2022)\n";

Diagnostic typo_diagnostic() {
    const SourceSpan label{{19, 2, 1}, {30, 2, 12}};
    Diagnostic diagnostic = make_diagnostic(Rule::label_typo, twinning_test::test_file("list.txt"), label,
                                            "label `populataion` is misspelled; read as `population`");
    diagnostic.suggestion = "write `population`";
    diagnostic.fix = Fix{"replace with `population`", {{label, "population"}}, true};
    return diagnostic;
}

std::string human(const Diagnostic& diagnostic, std::string_view source) {
    std::ostringstream out;
    write_human(diagnostic, twinning_test::test_sources(), source, false, out);
    return out.str();
}

std::string summary(std::size_t errors, std::size_t warnings, std::size_t infos, std::size_t records) {
    std::ostringstream out;
    write_human_summary({errors, warnings, infos, records, 0}, out);
    return out.str();
}

// --- write_human -------------------------------------------------------------

TEST(WriteHuman, WritesLocationSourceLineCaretAndHelp) {
    EXPECT_EQ(human(typo_diagnostic(), typo_source),
              "list.txt:2:1: warning: label `populataion` is misspelled; read as `population` [label-typo/TW105]\n"
              " 2 | populataion: 1 680 723 (2022)\n"
              "   | ^~~~~~~~~~~\n"
              "  help: write `population`\n"
              "  fix: replace with `population` (safe fix)\n");
}

TEST(WriteHuman, ColoursSeverityLocationAndCaretForATerminal) {
    const std::string out = [] {
        std::ostringstream stream;
        write_human(typo_diagnostic(), twinning_test::test_sources(), typo_source, true, stream);
        return stream.str();
    }();
    EXPECT_TRUE(out.starts_with("\x1b[1mlist.txt:2:1\x1b[0m: \x1b[1;33mwarning\x1b[0m: label")) << out;
    EXPECT_NE(out.find("\x1b[1;33m^~~~~~~~~~~\x1b[0m"), std::string::npos) << out;
}

TEST(WriteHuman, LeavesHelpOutWithoutSuggestion) {
    const Diagnostic diagnostic = make_diagnostic(Rule::invalid_url, twinning_test::test_file("list.txt"),
                                                  {{46, 2, 29}, {49, 2, 32}}, "`n/a` is not a web address");
    EXPECT_EQ(human(diagnostic, "Katowice (Poland)\nweb sites: www.katowice.eu, n/a\n"),
              "list.txt:2:29: error: `n/a` is not a web address [invalid-url/TW303]\n"
              " 2 | web sites: www.katowice.eu, n/a\n"
              "   |                             ^~~\n");
}

TEST(WriteHuman, WidensTheGutterForLongLineNumbers) {
    const std::string source = std::string(11, '\n') + "web sites:\n";
    const Diagnostic diagnostic = make_diagnostic(Rule::empty_value, twinning_test::test_file("list.txt"),
                                                  {{11, 12, 1}, {20, 12, 10}}, "`web sites` has no value");
    EXPECT_EQ(human(diagnostic, source),
              "list.txt:12:1: warning: `web sites` has no value [empty-value/TW106]\n"
              " 12 | web sites:\n"
              "    | ^~~~~~~~~\n");
}

TEST(WriteHuman, LinesCaretUpUnderUtf8Text) {
    Diagnostic diagnostic = make_diagnostic(Rule::unknown_country, twinning_test::test_file("a.txt"),
                                            {{9, 1, 9}, {16, 1, 16}}, "`Slovkia` is not a country in ISO 3166-1");
    diagnostic.suggestion = "did you mean `Slovakia`?";
    EXPECT_EQ(human(diagnostic, "Ko\xC5\xA1ice (Slovkia)\npopulation: 1\n"),
              "a.txt:1:9: error: `Slovkia` is not a country in ISO 3166-1 [unknown-country/TW304]\n"
              " 1 | Ko\xC5\xA1ice (Slovkia)\n"
              "   |         ^~~~~~~\n"
              "  help: did you mean `Slovakia`?\n");
}

TEST(WriteHuman, LinesCaretUpUnderWideCharacters) {
    const Diagnostic diagnostic = make_diagnostic(Rule::unknown_country, twinning_test::test_file("a.txt"),
                                                  {{8, 1, 5}, {12, 1, 9}}, "`Xing` is not a country");
    EXPECT_EQ(human(diagnostic, "\xE6\x9D\xB1\xE4\xBA\xAC (Xing)\n"),
              "a.txt:1:5: error: `Xing` is not a country [unknown-country/TW304]\n"
              " 1 | \xE6\x9D\xB1\xE4\xBA\xAC (Xing)\n"
              "   |       ^~~~\n");
}

TEST(WriteHuman, ShowsTabsAsSpacesSoTheCaretLinesUp) {
    const Diagnostic diagnostic =
        make_diagnostic(Rule::unknown_label, twinning_test::test_file("list.txt"), {{16, 2, 2}, {21, 2, 7}},
                        "unknown label `motto`; its value is kept under `extra`");
    EXPECT_EQ(human(diagnostic, "Lviv (Ukraine)\n\tmotto: Open to the world\n"),
              "list.txt:2:2: warning: unknown label `motto`; its value is kept under `extra` [unknown-label/TW103]\n"
              " 2 |  motto: Open to the world\n"
              "   |  ^~~~~\n");
}

TEST(WriteHuman, LeavesCarriageReturnOutOfTheSourceLine) {
    const Diagnostic diagnostic = make_diagnostic(Rule::empty_value, twinning_test::test_file("list.txt"),
                                                  {{17, 2, 1}, {26, 2, 10}}, "`web sites` has no value");
    EXPECT_EQ(human(diagnostic, "Split (Croatia)\r\nweb sites:\r\n"),
              "list.txt:2:1: warning: `web sites` has no value [empty-value/TW106]\n"
              " 2 | web sites:\n"
              "   | ^~~~~~~~~\n");
}

TEST(WriteHuman, MarksOnlyTheFirstLineOfASpanThatCrossesLines) {
    const Diagnostic diagnostic =
        make_diagnostic(Rule::label_typo, twinning_test::test_file("list.txt"), {{0, 1, 1}, {26, 2, 12}}, "m");
    EXPECT_EQ(human(diagnostic, "main areas of\ncooperatoin: culture\n"),
              "list.txt:1:1: warning: m [label-typo/TW105]\n"
              " 1 | main areas of\n"
              "   | ^~~~~~~~~~~~~\n");
}

TEST(WriteHuman, MarksAnEmptySpanWithOneCaret) {
    const Diagnostic diagnostic = make_diagnostic(Rule::missing_header, twinning_test::test_file("list.txt"),
                                                  {{0, 1, 1}, {0, 1, 1}}, "record has no header line");
    EXPECT_EQ(human(diagnostic, "population: 1\n"),
              "list.txt:1:1: error: record has no header line [missing-header/TW101]\n"
              " 1 | population: 1\n"
              "   | ^\n");
}

TEST(WriteHuman, MarksSpanOnLastLineWithoutNewline) {
    const Diagnostic diagnostic = make_diagnostic(Rule::unrecognized_text, twinning_test::test_file("list.txt"),
                                                  {{17, 3, 1}, {24, 3, 8}}, "text outside any record");
    EXPECT_EQ(human(diagnostic, "Split (Croatia)\n\nthe end"),
              "list.txt:3:1: warning: text outside any record [unrecognized-text/TW102]\n"
              " 3 | the end\n"
              "   | ^~~~~~~\n");
}

TEST(WriteHuman, WritesNotesAfterHelp) {
    Diagnostic diagnostic =
        make_diagnostic(Rule::duplicate_field, twinning_test::test_file("list.txt"), {{45, 3, 1}, {55, 3, 11}},
                        "`population` is given again; the first value is used");
    diagnostic.suggestion = "keep one";
    diagnostic.notes.push_back({"first given here", {{18, 2, 1}, {28, 2, 11}}, {}});
    EXPECT_EQ(human(diagnostic, "Katowice (Poland)\npopulation: 281 711 (2021)\npopulation: 290 000 (2023)\n"),
              "list.txt:3:1: error: `population` is given again; the first value is used [duplicate-field/TW104]\n"
              " 3 | population: 290 000 (2023)\n"
              "   | ^~~~~~~~~~\n"
              "  help: keep one\n"
              "  note: list.txt:2:1: first given here\n");
}

TEST(WriteHuman, ShowsAnExcerptOfAVeryLongLine) {
    const std::string source = std::string(200, 'a') + "BAD" + std::string(300, 'b') + "\n";
    const Diagnostic diagnostic = make_diagnostic(Rule::invalid_url, twinning_test::test_file("long.txt"),
                                                  {{200, 1, 201}, {203, 1, 204}}, "`BAD` is not a web address");
    EXPECT_EQ(human(diagnostic, source),
              "long.txt:1:201: error: `BAD` is not a web address [invalid-url/TW303]\n"
              " 1 | ..." +
                  std::string(40, 'a') + "BAD" + std::string(117, 'b') +
                  "...\n"
                  "   | " +
                  std::string(43, ' ') + "^~~\n");
}

TEST(WriteHuman, ShowsAnExcerptWithoutCuttingAUtf8Character) {
    // 159 `a`, then `š` across bytes 159..160: a cut at byte 160 moves back
    // to the start of `š`.
    const std::string source =
        std::string(159, 'a') + "\xC5\xA1" + std::string(39, 'c') + "BAD" + std::string(10, 'd') + "\n";
    const Diagnostic diagnostic = make_diagnostic(Rule::invalid_url, twinning_test::test_file("u.txt"),
                                                  {{200, 1, 200}, {203, 1, 203}}, "`BAD` is not a web address");
    EXPECT_EQ(human(diagnostic, source),
              "u.txt:1:200: error: `BAD` is not a web address [invalid-url/TW303]\n"
              " 1 | ...\xC5\xA1" +
                  std::string(39, 'c') + "BAD" + std::string(10, 'd') +
                  "\n"
                  "   | " +
                  std::string(43, ' ') + "^~~\n");
}

TEST(WriteHuman, LinesCaretUpAfterAByteOrderMark) {
    const Diagnostic diagnostic = make_diagnostic(Rule::unrecognized_text, twinning_test::test_file("b.txt"),
                                                  {{3, 1, 1}, {8, 1, 6}}, "text outside any record");
    const std::string out = human(diagnostic, "\xEF\xBB\xBFhello world\n");
    EXPECT_TRUE(out.starts_with("b.txt:1:1: warning: text outside any record [unrecognized-text/TW102]\n")) << out;
    EXPECT_TRUE(out.ends_with("\n   | ^~~~~\n")) << out;
}

// --- write_human_summary -----------------------------------------------------

TEST(WriteHumanSummary, UsesPluralsForZeroAndMany) {
    EXPECT_EQ(summary(0, 3, 0, 12), "0 errors, 3 warnings, 0 info, 12 records\n");
}

TEST(WriteHumanSummary, UsesSingularForOne) {
    EXPECT_EQ(summary(1, 1, 1, 1), "1 error, 1 warning, 1 info, 1 record\n");
}

// --- diagnostic_to_json ------------------------------------------------------

TEST(DiagnosticToJson, WritesEveryPartOfADiagnosticWithAFix) {
    EXPECT_EQ(
        diagnostic_to_json(typo_diagnostic(), twinning_test::test_sources()).dump(),
        R"({"code":"TW105","name":"label-typo","severity":"warning",)"
        R"("message":"label `populataion` is misspelled; read as `population`","file":"list.txt",)"
        R"("line":2,"column":1,"end_line":2,"end_column":12,"suggestion":"write `population`",)"
        R"("fix":{"title":"replace with `population`","safe":true,"edits":[{"line":2,"column":1,)"
        R"("end_line":2,"end_column":12,"offset":19,"length":11,"replacement":"population"}]},"fingerprint":""})");
}

TEST(DiagnosticToJson, LeavesOutSuggestionFixAndNotesWhenAbsent) {
    const Diagnostic diagnostic = make_diagnostic(Rule::invalid_url, twinning_test::test_file("list.txt"),
                                                  {{46, 2, 29}, {49, 2, 32}}, "`n/a` is not a web address");
    EXPECT_EQ(diagnostic_to_json(diagnostic, twinning_test::test_sources()).dump(),
              R"({"code":"TW303","name":"invalid-url","severity":"error","message":"`n/a` is not a web address",)"
              R"("file":"list.txt","line":2,"column":29,"end_line":2,"end_column":32,"fingerprint":""})");
}

TEST(DiagnosticToJson, WritesNotesWithTheirRanges) {
    Diagnostic diagnostic =
        make_diagnostic(Rule::duplicate_field, twinning_test::test_file("list.txt"), {{45, 3, 1}, {55, 3, 11}}, "dup");
    diagnostic.notes.push_back({"first given here", {{18, 2, 1}, {28, 2, 11}}, {}});
    EXPECT_EQ(diagnostic_to_json(diagnostic, twinning_test::test_sources()).dump(),
              R"({"code":"TW104","name":"duplicate-field","severity":"error","message":"dup","file":"list.txt",)"
              R"("line":3,"column":1,"end_line":3,"end_column":11,)"
              R"("notes":[{"message":"first given here","file":"list.txt","line":2,"column":1,"end_line":2,)"
              R"("end_column":11}],"fingerprint":""})");
}

TEST(DiagnosticToJson, WritesUnsafeInsertionFix) {
    Diagnostic diagnostic =
        make_diagnostic(Rule::missing_header, twinning_test::test_file("list.txt"), {{0, 1, 1}, {10, 1, 11}}, "m");
    diagnostic.fix = Fix{"insert header `Dresden (Germany)`", {{{{0, 1, 1}, {0, 1, 1}}, "Dresden (Germany)\n"}}, false};
    EXPECT_EQ(diagnostic_to_json(diagnostic, twinning_test::test_sources()).at("fix").dump(),
              R"({"title":"insert header `Dresden (Germany)`","safe":false,"edits":[{"line":1,"column":1,)"
              R"("end_line":1,"end_column":1,"offset":0,"length":0,"replacement":"Dresden (Germany)\n"}]})");
}

TEST(DiagnosticToJson, WritesTheSeverityTheDiagnosticCarries) {
    Diagnostic diagnostic = make_diagnostic(Rule::missing_website, twinning_test::test_file("list.txt"), {}, "m");
    diagnostic.severity = twinning::model::Severity::info;
    EXPECT_EQ(diagnostic_to_json(diagnostic, twinning_test::test_sources()).at("severity").dump(), R"("info")");
}

// --- format names ------------------------------------------------------------

TEST(DiagnosticsFormatByName, KnowsEveryFormat) {
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("human"),
              std::optional<DiagnosticsFormat>(DiagnosticsFormat::human));
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("json"),
              std::optional<DiagnosticsFormat>(DiagnosticsFormat::json));
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("sarif"),
              std::optional<DiagnosticsFormat>(DiagnosticsFormat::sarif));
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("github"),
              std::optional<DiagnosticsFormat>(DiagnosticsFormat::github));
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("gitlab"),
              std::optional<DiagnosticsFormat>(DiagnosticsFormat::gitlab));
}

TEST(DiagnosticsFormatByName, RejectsOtherNames) {
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("xml"), std::nullopt);
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name("SARIF"), std::nullopt);
    EXPECT_EQ(twinning::emit::diagnostics_format_by_name(""), std::nullopt);
}

// --- CI formats ----------------------------------------------------------------

TEST(GithubAnnotation, ShowsLineBreaksAndEscapesFromTheInputAsText) {
    Diagnostic diagnostic = make_diagnostic(Rule::unrecognized_text, twinning_test::test_file("a.txt"),
                                            {{0, 1, 1}, {5, 1, 6}}, "text `100%\r\n::error::x\x1b[2J`");
    EXPECT_EQ(twinning::emit::github_annotation(diagnostic, twinning_test::test_sources()),
              "::warning file=a.txt,line=1,col=1,endLine=1,endColumn=6,title=unrecognized-text (TW102)::"
              "text `100%25\\x0d\\x0a::error::x\\x1b[2J`");
}

TEST(GithubAnnotation, GivesNoColumnsToASpanOfSeveralLines) {
    Diagnostic diagnostic =
        make_diagnostic(Rule::missing_website, twinning_test::test_file("a.txt"), {{0, 1, 3}, {20, 3, 2}}, "m");
    EXPECT_EQ(twinning::emit::github_annotation(diagnostic, twinning_test::test_sources()),
              "::warning file=a.txt,line=1,endLine=3,title=missing-website (TW201)::m");
}

TEST(GithubAnnotation, EscapesControlCharactersInTheFileName) {
    Diagnostic diagnostic = make_diagnostic(Rule::missing_website, twinning_test::test_file("a\n::error::b.txt"),
                                            {{0, 1, 1}, {1, 1, 2}}, "m");
    EXPECT_EQ(twinning::emit::github_annotation(diagnostic, twinning_test::test_sources()),
              "::warning file=a\\x0a%3A%3Aerror%3A%3Ab.txt,line=1,col=1,endLine=1,endColumn=2,"
              "title=missing-website (TW201)::m");
}

TEST(GithubAnnotation, EscapesColonsAndCommasInProperties) {
    Diagnostic diagnostic =
        make_diagnostic(Rule::missing_website, twinning_test::test_file("dir:a,b.txt"), {{0, 1, 1}, {1, 1, 2}}, "m");
    diagnostic.suggestion = "s";
    EXPECT_EQ(twinning::emit::github_annotation(diagnostic, twinning_test::test_sources()),
              "::warning file=dir%3Aa%2Cb.txt,line=1,col=1,endLine=1,endColumn=2,title=missing-website (TW201)::"
              "m%0Ahelp: s");
}

TEST(GitlabIssue, HasTheCodeQualityKeys) {
    Diagnostic diagnostic =
        make_diagnostic(Rule::missing_header, twinning_test::test_file("a.txt"), {{0, 4, 1}, {1, 4, 2}}, "m");
    diagnostic.fingerprint = "0123456789abcdef";
    EXPECT_EQ(twinning::emit::gitlab_issue(diagnostic, twinning_test::test_sources()).dump(),
              R"({"description":"m [missing-header]","check_name":"missing-header",)"
              R"("fingerprint":"0123456789abcdef","severity":"major",)"
              R"("location":{"path":"a.txt","lines":{"begin":4}}})");
}

TEST(JsonText, EscapesLineAndParagraphSeparators) {
    const nlohmann::ordered_json value = std::string(
        "a"
        "\xE2\x80\xA8"
        "b"
        "\xE2\x80\xA9"
        "c"
        "\xE2\x80\x94"
        "d");
    EXPECT_EQ(twinning::emit::json_text(value),
              "\"a\\u2028b\\u2029c"
              "\xE2\x80\x94"
              "d\"");
}

TEST(JsonText, ReplacesInvalidUtf8) {
    const nlohmann::ordered_json value = std::string(
        "a"
        "\xFF"
        "b");
    EXPECT_EQ(twinning::emit::json_text(value),
              "\"a"
              "\xEF\xBF\xBD"
              "b\"");
}

}  // namespace
