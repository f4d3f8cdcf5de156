import Testing
@testable import Workbench

/// Runs a script in a fresh harness and returns the outcome with everything printed.
private func runScript(_ source: String, file: String = "t.wb", harness: Harness? = nil) throws
    -> (outcome: ScriptRunner.Outcome, stdout: String, errors: [String], harness: Harness)
{
    let h = try harness ?? Harness()
    let transcript = h.transcript
    let runner = ScriptRunner(session: h.session, reportError: { transcript.reportError($0) })
    let outcome = runner.run(source: source, file: file)
    return (outcome, transcript.takeOutput(), transcript.errors, h)
}

@Suite struct ScriptRunnerTests {
    @Test func successExitsZero() throws {
        let run = try runScript("set format csv\ndocs | top 1 | select id\n")
        #expect(run.outcome == .success)
        #expect(run.outcome.exitCode == 0)
        #expect(run.stdout == "id\r\nd1\r\n")
        #expect(run.errors.isEmpty)
    }

    @Test func runtimeErrorExitsOneAndStopsThere() throws {
        let run = try runScript("set format csv\nshow nope\ndocs | top 1 | select id\n")
        #expect(run.outcome == .runtimeError)
        #expect(run.outcome.exitCode == 1)
        #expect(run.stdout == "")
        #expect(run.errors == ["t.wb:2:6: error: no document 'nope'\n    show nope\n         ^\nhint: `docs` lists the loaded documents\n"])
    }

    @Test func usageErrorExitsSixtyFour() throws {
        let run = try runScript("docs | top 1 | select id --format csv\ndocs --frmat csv\ndocs\n")
        #expect(run.outcome == .usageError)
        #expect(run.outcome.exitCode == 64)
        #expect(run.stdout == "id\r\nd1\r\n")
        #expect(run.errors == [
            "t.wb:2:6: error: unknown option '--frmat' for 'docs'\n    docs --frmat csv\n         ^\nhint: did you mean '--format'? see 'help docs'\n",
        ])
    }

    @Test func aSyntaxErrorAnywhereStopsTheScriptBeforeItRuns() throws {
        let run = try runScript("docs\nset format csv\ndocs |\n")
        #expect(run.outcome == .usageError)
        #expect(run.stdout == "")
        #expect(run.harness.session.state.settings["format"] == "table")
        #expect(run.errors == ["t.wb:3:6: error: expected a command after '|'\n    docs |\n         ^\n"])
    }

    @Test func renderedErrorOnLineThreeColumnEight() throws {
        let run = try runScript("# a script\nset format csv\ndocs | frobnicate\n", file: "analysis.wb")
        #expect(run.errors == ["""
            analysis.wb:3:8: error: unknown command 'frobnicate'
                docs | frobnicate
                       ^
            hint: type 'help' for the list of commands

            """])
        #expect(run.outcome.exitCode == 64)
    }

    @Test func caretKeepsTabsAndCountsCharacters() throws {
        let run = try runScript("docs\n\t\"日本\" | top 1\n")
        #expect(run.errors == ["t.wb:2:2: error: unknown command '日本'\n    \t\"日本\" | top 1\n    \t^\nhint: type 'help' for the list of commands\n"])
        let wide = try runScript("let x = \"日本\"; docs | where id = $x | nope")
        // 37 characters before `nope`, two of them wide: the caret sits under it on a terminal.
        #expect(wide.errors.first?.contains("\n" + String(repeating: " ", count: 4 + 39) + "^\n") == true)
    }

    @Test func crlfScriptsShowTheRightLine() throws {
        let run = try runScript("docs\r\nset format csv\r\ndocs | sotr id\r\n")
        #expect(run.errors.first?.hasPrefix("t.wb:3:8: error: unknown command 'sotr'\n    docs | sotr id\n           ^\n") == true)
    }

    @Test func onErrorContinueGoesOnAndKeepsTheFirstOutcome() throws {
        let run = try runScript("""
            set on-error continue
            show nope
            docs --frmat csv
            docs | top 1 | select id --format csv
            """)
        #expect(run.outcome == .runtimeError)
        #expect(run.errors.count == 2)
        #expect(run.errors[0].hasPrefix("t.wb:2:6: error: no document 'nope'"))
        #expect(run.errors[1].hasPrefix("t.wb:3:6: error: unknown option '--frmat' for 'docs'"))
        #expect(run.stdout == "id\r\nd1\r\n")
    }

    @Test func stopAgainAfterContinue() throws {
        let run = try runScript("set on-error continue\ndocs --frmat x\nset on-error stop\nshow nope\ndocs\n")
        #expect(run.errors.count == 2)
        #expect(run.outcome == .usageError)
        #expect(run.stdout == "")
    }

    @Test func quitEndsTheScriptSuccessfully() throws {
        let run = try runScript("docs | top 1 | select id --format csv\nquit\nfrobnicate\n")
        #expect(run.outcome == .success)
        #expect(run.stdout == "id\r\nd1\r\n")
        #expect(run.errors.isEmpty)
    }

    @Test func parametersComeFromDefine() throws {
        let h = try Harness()
        h.session.define("1", "d2")
        let run = try runScript("docs | where id = $1 | select title --format csv\n", harness: h)
        #expect(run.stdout == "title\r\nSecond\r\n")
        let missing = try runScript("show $2\n")
        #expect(missing.errors == ["t.wb:1:6: error: no variable '$2'\n    show $2\n         ^\nhint: script parameter $2 was not given\n"])
    }

    @Test func errorWithASpanButNoLocation() {
        let error = WorkbenchError(.invalidSpan, "bad span", span: try? Span(document: "d1", start: 3, end: 9))
        #expect(ErrorReport.render(error, source: nil) == "d1:3-9: error: bad span\n")
        #expect(ErrorReport.render(WorkbenchError(.io, "plain", hint: "h"), source: "x") == "error: plain\nhint: h\n")
    }
}

@Suite struct DiagnosticTests {
    @Test func diagnosticsPrintLikeACompilers() {
        #expect(Diagnostic(.warning, "no text field", file: "a.jsonl", line: 3).description == "a.jsonl:3: warning: no text field")
        #expect(Diagnostic(.warning, "no such file or folder", file: "x/").description == "x/: warning: no such file or folder")
        #expect(Diagnostic(.warning, "careful").description == "warning: careful")
        #expect(Diagnostic(.note, "running paragraphs").description == "running paragraphs")
        #expect(Diagnostic(.note, "skipped", file: "b.csv", line: 9).description == "b.csv:9: note: skipped")
    }

    @Test func suggestionsAreNearestFirstThenByName() {
        #expect(Suggestions.closest(to: "sotr", in: ["sort", "set", "show", "stats", "top"]) == ["sort", "set"])
        #expect(Suggestions.didYouMean("d", in: ["docs", "dates", "xyz"]) == "did you mean 'dates' or 'docs'?")
        #expect(Suggestions.didYouMean("qqqq", in: ["docs"]) == nil)
        #expect(Suggestions.editDistance(Array("ab"), Array("ba")) == 1)
    }
}
