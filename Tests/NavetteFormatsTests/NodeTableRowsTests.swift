import Testing

@testable import NavetteFormats

/// A table's own rows (`NodeTable.ownRows`), which the HTML block reader and the Akoma Ntoso
/// comparison table read: row groups looked into, nested tables left to the cell that holds them.
@Suite struct NodeTableRowsTests {
    private func rowTexts(_ xml: String, table index: Int = 0) throws -> [String] {
        let page = try XMLParser.parseXMLNodes(Array(xml.utf8), file: "rows.xml")
        let tables = page.descendants(of: page.root, named: "table")
        // Each row here is <tr><td>text…: the row's first cell's first text node.
        return page.ownRows(ofTable: tables[index]).map { row in
            String(decoding: page.bytes(ofText: row + 2), as: UTF8.self)
        }
    }

    @Test func rowGroupsAreLookedIntoAndNestedTablesAreNot() throws {
        let xml = """
            <doc><table><thead><tr><td>en-tête</td></tr></thead><tbody>\
            <tr><td>un<table><tr><td>imbriqué</td></tr><tr><td>encore</td></tr></table></td></tr>\
            <tr><td>deux</td></tr></tbody></table></doc>
            """
        #expect(try rowTexts(xml) == ["en-tête", "un", "deux"])
        #expect(try rowTexts(xml, table: 1) == ["imbriqué", "encore"])
    }

    @Test func deepNestingGivesEachTableOneRow() throws {
        let depth = 80  // three elements a level: libxml2 stops at 256
        let xml =
            "<doc>" + (1...depth).map { "<table><tr><td>\($0)" }.joined()
            + String(repeating: "</td></tr></table>", count: depth) + "</doc>"
        let page = try XMLParser.parseXMLNodes(Array(xml.utf8), file: "deep.xml")
        let tables = page.descendants(of: page.root, named: "table")
        #expect(tables.count == depth)
        #expect(tables.allSatisfy { page.ownRows(ofTable: $0).count == 1 })
    }
}
