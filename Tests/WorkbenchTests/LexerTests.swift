import Testing
import TestSupport
@testable import Workbench

/// Tokens as compact strings: `L:C 'literal'`, `$var` parts, `(q)` for quoted words.
private func lex(_ source: String) throws -> [String] {
    var lexer = Lexer(source, file: "t.wb")
    return try lexer.tokenize().map { token in
        let l = token.location
        let at = "\(l.line):\(l.column)"
        switch token {
        case .word(let word):
            let parts = word.parts.map { part -> String in
                switch part {
                case .literal(let s): return "'" + s + "'"
                case .variable(let name): return "$" + name
                }
            }.joined(separator: " ")
            return at + " " + parts + (word.quoted ? " (q)" : "")
        case .pipe: return at + " |"
        case .greater: return at + " >"
        case .end: return at + " end"
        }
    }
}

@Suite struct LexerTests {
    @Test func wordsPipesAndRedirectWithLocations() throws {
        #expect(try lex("docs | top 3 > out.csv") == [
            "1:1 'docs'", "1:6 |", "1:8 'top'", "1:12 '3'", "1:14 >", "1:16 'out.csv'", "1:23 end",
        ])
    }

    @Test func whitespaceRunsAndTabsSeparateWords() throws {
        #expect(try lex("  show\t\td1  ") == ["1:3 'show'", "1:9 'd1'", "1:13 end"])
    }

    @Test func doubleQuotesWithEscapesAndVariables() throws {
        #expect(try lex(#"where t ~ "a \"b\" \\ c\n\t$x!""#) == [
            "1:1 'where'", "1:7 't'", "1:9 '~'", "1:11 'a \"b\" \\ c\n\t' $x '!' (q)", "1:32 end",
        ])
    }

    @Test func singleQuotesAreLiteral() throws {
        #expect(try lex(#"say 'lit $x \n "d"'"#) == ["1:1 'say'", #"1:5 'lit $x \n "d"' (q)"#, "1:20 end"])
    }

    @Test func unknownEscapeInDoubleQuotesKeepsItsBackslash() throws {
        // Regular expressions are written in quotes: "/\d+/" must reach `where` intact.
        #expect(try lex(#"x "/^\d+\b/" "\$x""#) == ["1:1 'x'", #"1:3 '/^\d+\b/' (q)"#, "1:14 '$x' (q)", "1:19 end"])
    }

    @Test func quotedAndBareRunsGlueIntoOneWord() throws {
        #expect(try lex(#"out/"my file".csv"#) == ["1:1 'out/my file.csv' (q)", "1:18 end"])
    }

    @Test func dollarNamesAreVariableParts() throws {
        #expect(try lex("a$x-b $1 $ \\$y c$") == [
            "1:1 'a' $x '-b'", "1:7 $1", "1:10 '$'", "1:12 '$y'", "1:16 'c$'", "1:18 end",
        ])
        #expect(try lex(#""$name_2x.""#) == ["1:1 $name_2x '.' (q)", "1:12 end"])
    }

    @Test func emptyQuotesMakeAnEmptyWord() throws {
        #expect(try lex(#"a "" ''"#) == ["1:1 'a'", "1:3 '' (q)", "1:6 '' (q)", "1:8 end"])
    }

    @Test func commentsRunToTheEndOfTheLine() throws {
        #expect(try lex("docs # list | them\nstats") == ["1:1 'docs'", "1:19 end", "2:1 'stats'", "2:6 end"])
        #expect(try lex("# only a comment") == ["1:17 end"])
        // `#` inside a word is text.
        #expect(try lex("a#b '#c'") == ["1:1 'a#b'", "1:5 '#c' (q)", "1:9 end"])
    }

    @Test func semicolonsAndNewlinesEndStatements() throws {
        #expect(try lex("a; b\nc") == ["1:1 'a'", "1:2 end", "1:4 'b'", "1:5 end", "2:1 'c'", "2:2 end"])
        #expect(try lex("a;b|c") == ["1:1 'a'", "1:2 end", "1:3 'b'", "1:4 |", "1:5 'c'", "1:6 end"])
    }

    @Test func backslashNewlineContinuesTheStatement() throws {
        #expect(try lex("load a \\\n  b") == ["1:1 'load'", "1:6 'a'", "2:3 'b'", "2:4 end"])
        // Right after a word, too: the backslash-newline disappears.
        #expect(try lex("docs\\\n| top 3") == ["1:1 'docs'", "2:1 |", "2:3 'top'", "2:7 '3'", "2:8 end"])
        // A backslash before anything else escapes it.
        #expect(try lex(#"a\ b \|"#) == ["1:1 'a b'", "1:6 '|'", "1:8 end"])
    }

    @Test func crlfLineEndsWorkLikeNewlines() throws {
        #expect(try lex("docs\r\nstats # c\r\ntop \\\r\n 3\r\n") == [
            "1:1 'docs'", "1:5 end", "2:1 'stats'", "2:10 end", "3:1 'top'", "4:2 '3'", "4:3 end", "5:1 end",
        ])
    }

    @Test func greaterIsARedirectTokenButGreaterEqualIsAWord() throws {
        #expect(try lex("where n > 3") == ["1:1 'where'", "1:7 'n'", "1:9 >", "1:11 '3'", "1:12 end"])
        #expect(try lex("where n >= 3") == ["1:1 'where'", "1:7 'n'", "1:9 '>='", "1:12 '3'", "1:13 end"])
        #expect(try lex("a>b") == ["1:1 'a'", "1:2 >", "1:3 'b'", "1:4 end"])
        #expect(try lex(#"a ">" ''>b"#) == ["1:1 'a'", "1:3 '>' (q)", "1:7 '' (q)", "1:9 >", "1:10 'b'", "1:11 end"])
    }

    @Test func columnsCountCharacters() throws {
        #expect(try lex("\"日本\" é x") == ["1:1 '日本' (q)", "1:6 'é'", "1:8 'x'", "1:9 end"])
    }

    @Test func unterminatedDoubleQuoteReportsWhereItOpened() {
        var lexer = Lexer("docs\nwhere t ~ \"abc\n", file: "t.wb")
        let error = capture { _ = try lexer.tokenize() }
        #expect(error?.code == .syntax)
        #expect(error?.message == "unterminated string: no closing \" for the one opened here")
        #expect(error?.hint == "close the quote, or escape it as \\\"")
        #expect(error?.location == loc(2, 11))
    }

    @Test func unterminatedSingleQuoteReportsWhereItOpened() {
        var lexer = Lexer("show 'x", file: "t.wb")
        let error = capture { _ = try lexer.tokenize() }
        #expect(error?.message == "unterminated string: no closing ' for the one opened here")
        #expect(error?.hint == "close the quote")
        #expect(error?.location == loc(1, 6))
    }

    @Test(arguments: [
        ("docs \\", true),
        ("docs \\\n", true),
        ("docs \\\r\n", true),
        ("docs\\", true),
        ("docs \\\n  ", true),
        ("docs \"abc", true),
        ("docs 'a\nb", true),
        ("docs", false),
        ("docs\n", false),
        ("docs \\\nstats", false),
        ("echo a\\\\", false),
        ("# a comment \\", false),
        ("docs \"a\\\\\"", false),
    ])
    func needsContinuation(source: String, expected: Bool) {
        #expect(Lexer.needsContinuation(source) == expected)
    }
}
