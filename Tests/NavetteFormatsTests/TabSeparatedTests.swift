import Testing

@testable import NavetteFormats

/// The Ameli CSV tokenizer, which reads UTF-8 bytes: record ends, quotes, `<body>` fields, and the
/// line an unclosed quote is reported at.
struct TabSeparatedTests {
    @Test(arguments: [
        ("a\tb\r\nc\td\r\n", [["a", "b"], ["c", "d"]]),
        ("a\tb\nc\rd", [["a", "b"], ["c"], ["d"]]),
        ("\"x\ty\"\"z\"\té\r\n", [["x\ty\"z", "é"]]),
        ("\"é\r\nà\"suite\tb", [["é\r\nà" + "suite", "b"]]),
        ("1\t<body><p>a\tb</p>\r\n<p>c</p></body>\t2\r\n", [["1", "<body><p>a\tb</p>\r\n<p>c</p></body>", "2"]]),
        ("<bod\ty\r\n", [["<bod", "y"]]),
        ("\t\r\n\r\n", [["", ""], [""]]),
    ])
    func records(text: String, expected: [[String]]) throws {
        #expect(try TabSeparated.records(text, file: "t.csv") == expected)
    }

    /// The line counts every line break `Character.isNewline` knows (CR LF once), inside fields too.
    @Test func anUnclosedQuoteIsReportedAtTheLineItOpens() {
        let text = "a\r\n<body>x\ny</body>\tb\u{2028}c\u{85}\r\"d\te\r\nf"
        let error = #expect(throws: ReadError.self) { try TabSeparated.records(text, file: "t.csv") }
        #expect(error?.description == "t.csv:6: a quoted field opens here and is never closed (a \" is missing)")
    }
}
