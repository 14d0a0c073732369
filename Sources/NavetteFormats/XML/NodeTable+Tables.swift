extension NodeTable {
    /// The `tr` elements of `table` outside any table nested in it, in document order. A nested
    /// table's rows are its own: a reader that took every descendant `tr` at each level read the rows
    /// of the deeper levels once more per level (and 2^depth times where each cell was read again).
    func ownRows(ofTable table: Int) -> [Int] {
        guard let rowName = nameID("tr") else { return [] }
        let tableName = nameID("table")
        var rows: [Int] = []
        var node = table + 1
        while node < end(table) {
            let name = nodes[node].name
            if name == rowName {
                rows.append(node)
                node = end(node)
            } else if name == tableName {
                node = end(node)
            } else {
                node += 1
            }
        }
        return rows
    }
}
