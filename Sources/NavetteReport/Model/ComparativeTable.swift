/// The *tableau comparatif*: every reading a column, aligned alinéas as rows.
///
/// A row follows one alinéa through the readings (as the comparisons paired them); a cell points at
/// the alinéa in its step (`ArticleReport.steps[column].alineas[entry]`) rather than copying its text.
public struct ComparativeTable: Sendable, Hashable, Codable {
    /// Reading ids, in order: one column each.
    public var columns: [String]
    public var rows: [Row]

    public init(columns: [String], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }

    public struct Row: Sendable, Hashable, Codable {
        /// Permalink anchor of the row.
        public var anchor: String
        /// One per column.
        public var cells: [Cell]

        public init(anchor: String, cells: [Cell]) {
            self.anchor = anchor
            self.cells = cells
        }
    }

    public struct Cell: Sendable, Hashable, Codable {
        public enum State: String, Sendable, Hashable, Codable {
            /// First text of the row (first reading, or an article inserted): shown in full.
            case text
            /// An alinéa inserted in an article that existed.
            case inserted
            case changed
            case moved
            case typographic
            /// Same text as the column before that holds it.
            case same
            /// Taken from an earlier reading by a placeholder (`(Non modifié)`).
            case carried
            /// Removed in this reading.
            case deleted
            /// The row has no alinéa in this reading (not inserted yet, or removed earlier).
            case none
            /// The article is not in this reading.
            case absent
            /// The reading's text is not held.
            case notHeld = "not held"
        }

        public var state: State
        /// Alinéa number in this reading (in the earlier one for `deleted`).
        public var alinea: Int?
        /// Index in the step's `alineas`.
        public var entry: Int?

        public init(state: State, alinea: Int? = nil, entry: Int? = nil) {
            self.state = state
            self.alinea = alinea
            self.entry = entry
        }
    }
}
