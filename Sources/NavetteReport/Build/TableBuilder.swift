import NavetteCore

/// Lays the steps of an article out as a *tableau comparatif*: a row follows one alinéa from reading
/// to reading as the comparisons paired it; an inserted alinéa opens a row after the row of the alinéa
/// before it; a moved one stays in its row (its cell says where it went).
enum TableBuilder {
    static func table(_ steps: [StepReport]) -> ComparativeTable {
        typealias Cell = ComparativeTable.Cell
        var order: [Int] = []
        var cells: [[Cell]] = []
        var columnState: [Cell.State?] = Array(repeating: nil, count: steps.count)
        var current: [Int] = []
        func newRow() -> Int {
            cells.append(Array(repeating: Cell(state: .none), count: steps.count))
            return cells.count - 1
        }
        for (column, step) in steps.enumerated() {
            switch step.change {
            case .notHeld:
                columnState[column] = .notHeld
                continue
            case .absent:
                columnState[column] = .absent
                continue
            default: break
            }
            let newCount = step.alineas.compactMap(\.newNumber).max() ?? 0
            var next = Array(repeating: -1, count: newCount)
            var cursor: Int? = nil
            let opening = step.change == .first || step.change == .inserted
            for (entry, alinea) in step.alineas.enumerated() {
                var row: Int
                let state: Cell.State
                let known = alinea.oldNumber.flatMap {
                    $0 >= 1 && $0 <= current.count && current[$0 - 1] >= 0 ? current[$0 - 1] : nil
                }
                if alinea.kind == .inserted || known == nil {
                    row = newRow()
                    let at = cursor.map { $0 + 1 } ?? 0
                    order.insert(row, at: min(at, order.count))
                    cursor = min(at, order.count - 1)
                    state = opening ? .text : .inserted
                } else {
                    row = known!
                    switch alinea.kind {
                    case .deleted: state = .deleted
                    case .changed: state = .changed
                    case .moved: state = .moved
                    case .typographic: state = .typographic
                    default: state = alinea.carried ? .carried : .same
                    }
                    if alinea.kind != .moved { cursor = order.firstIndex(of: row) }
                }
                if let number = alinea.newNumber, number >= 1, number <= newCount { next[number - 1] = row }
                cells[row][column] = Cell(state: state, alinea: alinea.newNumber ?? alinea.oldNumber, entry: entry)
            }
            current = next
        }
        var rows: [ComparativeTable.Row] = []
        for (position, row) in order.enumerated() {
            var line = cells[row]
            for column in line.indices {
                if let state = columnState[column] { line[column] = Cell(state: state) }
            }
            rows.append(ComparativeTable.Row(anchor: "t-r\(position + 1)", cells: line))
        }
        return ComparativeTable(columns: steps.map(\.reading), rows: rows)
    }
}

/// Anchors and file names made from ids and labels: lowercase ASCII letters, digits and dashes.
public enum Anchor {
    public static func slug(_ text: String) -> String {
        // Byte by byte: every byte of a non-ASCII scalar is >= 0x80 and stands for a separator. ASCII
        // text (reading ids, kinds: most calls) is not folded: folding keeps its letters and digits and
        // only changes what stands between them, so its key's slug is that of its lowercase.
        var result: [UInt8] = []
        var dash = false
        let key = text.utf8.allSatisfy { $0 < 0x80 } ? text : Folding.key(text)
        for var byte in key.utf8 {
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if dash, !result.isEmpty { result.append(0x2D) }
                result.append(byte)
                dash = false
            } else {
                dash = true
            }
        }
        return result.isEmpty ? "x" : String(decoding: result, as: UTF8.self)
    }
}
