import NavetteCore

/// The Sénat's Ameli "jeu complet" CSV: windows-1252, CRLF, a first line `sep=` (with or without
/// the tab), then a header `Nature, Numéro, Subdivision, Alinéa, Auteur, Au nom de, Date de dépôt,
/// Dispositif, Objet, Sort, Url amendement, Fiche Sénateur`, tab-separated.
///
/// Fields are not quoted, and the HTML of Dispositif and Objet may hold raw tabs or line breaks:
/// a field that opens `<body>` runs to its `</body>`. Quoted fields (`"…"`) are read too.
enum AmeliCSVReader {
    static let columns = [
        "nature", "numero", "subdivision", "alinea", "auteur", "au nom de", "date de depot", "dispositif", "objet",
        "sort", "url amendement", "fiche senateur",
    ]

    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let text = try TextDecoding.decode(bytes, file: file, expected: "a Sénat amendment CSV")
        var records = try TabSeparated.records(text, file: file)
        if let first = records.first, first.count <= 2, Folding.key(first[0]).hasPrefix("sep=") {
            records.removeFirst()
        }
        guard let header = records.first else { throw ReadError(file: file, "no header line, expected \(headerText)") }
        let keys = header.map { Folding.key($0).trimmed(" ") }
        var index: [String: Int] = [:]
        for (position, key) in keys.enumerated() where index[key] == nil { index[key] = position }
        let missing = ["numero", "subdivision", "auteur", "dispositif", "sort"].filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw ReadError(
                file: file,
                "header '\(header.prefix(4).joined(separator: " | ").excerpt(60))…' lacks \(missing.joined(separator: ", ")), "
                    + "expected \(headerText)")
        }
        var result = AmendmentFile(file: file, format: .ameliCSV)
        // A column the Sénat adds is read past, and said once for the file.
        let unknown = zip(header, keys).filter { !$0.1.isEmpty && !columns.contains($0.1) }
            .map { $0.0.trimmingSpaces() }
        if !unknown.isEmpty { result.warn(unknownColumnsWarning + unknown.joined(separator: ", ")) }
        for (offset, record) in records.dropFirst().enumerated() {
            if record.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            func field(_ name: String) -> String? {
                guard let position = index[name], position < record.count else { return nil }
                let value = record[position].trimmed(" \u{A0}")
                return value.isEmpty ? nil : value
            }
            guard let number = field("numero") else {
                result.warn("record \(offset + 1): no number, skipped")
                continue
            }
            // A line cut short (a truncated download, a broken export) would pass for an amendment
            // without dispositif or fate: it is skipped and said.
            if record.count < header.count {
                result.warn(
                    "record \(offset + 1) (amendement \(number.excerpt(40))): \(record.count) of \(header.count) fields, "
                        + "cut short; skipped")
                continue
            }
            if record.count > header.count {
                result.note("amendement \(number.excerpt(40)): \(record.count) fields for \(header.count) columns")
            }
            result.amendments.append(amendment(number: number, field: field, file: file, result: &result))
        }
        // Withdrawn amendments have no URL: their text number and session come from the others'.
        if let known = result.amendments.first(where: { $0.text.bill != nil })?.text {
            for index in result.amendments.indices where result.amendments[index].text.bill == nil {
                result.amendments[index].text.bill = known.bill
                result.amendments[index].text.legislature = known.legislature
            }
        }
        if result.amendments.isEmpty { result.warn("the CSV holds no amendment") }
        return result
    }

    private static func amendment(
        number: String, field: (String) -> String?, file: String, result: inout AmendmentFile
    ) -> Amendment {
        var target = AmendmentTarget(label: field("subdivision") ?? "")
        if let alinea = field("alinea") {
            target.setAlinea(alinea)
        }
        // "//www.senat.fr/amendements/commissions/2013-2014/310/Amdt_COM-1.html"
        let url = field("url amendement")
        let parts = url?.split(separator: "/").map(String.init) ?? []
        let commission = parts.contains("commissions") || number.uppercased().hasPrefix("COM")
        let amendmentsIndex = parts.firstIndex(of: "amendements")
        let afterAmendments = amendmentsIndex.map { Array(parts[($0 + 1)...]).filter { $0 != "commissions" } } ?? []
        let text = AmendedText(
            bill: afterAmendments.count >= 2 ? afterAmendments[1] : nil, stage: commission ? .commission : .seance,
            legislature: afterAmendments.first)
        let authorLine = field("auteur")
        let split = authorLine.map(AuthorList.split)
        let dispositifHTML = field("dispositif")
        let amendment = Amendment(
            number: number, chamber: .senat, text: text, authors: split?.names ?? [], authorsText: authorLine,
            group: field("au nom de") ?? split?.group, date: SourceDate.iso(field("date de depot")), target: target,
            dispositif: dispositifHTML.map { HTMLText.plain(html: $0, file: file) } ?? "",
            dispositifHTML: dispositifHTML,
            expose: field("objet").map { HTMLText.plain(html: $0, file: file) }, fateText: field("sort"),
            url: url.map { $0.hasPrefix("//") ? "https:" + $0 : $0 })
        let missing = [
            target.kind == .unknown ? "subdivision" : nil, amendment.dispositif.isEmpty ? "dispositif" : nil,
            amendment.authors.isEmpty ? "author" : nil,
        ].compactMap { $0 }
        if !missing.isEmpty {
            // A withdrawn amendment keeps only its number: expected, so a note; otherwise a warning.
            let fate = amendment.fateText?.excerpt(40) ?? "none"
            let message = "amendement \(number.excerpt(40)): no \(missing.joined(separator: ", ")) (sort: \(fate))"
            if amendment.fate == .retire { result.note(message) } else { result.warn(message) }
        }
        return amendment
    }

    static let unknownColumnsWarning = "columns unknown to navette's Ameli CSV reader, ignored: "
    static let headerText =
        "a Sénat Ameli CSV header (Nature, Numéro, Subdivision, Alinéa, Auteur, …, Dispositif, Objet, Sort)"
}

/// Tab-separated records as Ameli writes them (see `AmeliCSVReader`).
enum TabSeparated {
    /// The records of `text`, in one pass over its UTF-8 bytes: O(n). The bytes that matter (tab,
    /// CR, LF, `"`, `<body>`, `</body>`) are ASCII, which never occurs inside a multi-byte sequence.
    /// - Throws: `ReadError` at the line where a quoted field opens and never closes.
    static func records(_ text: String, file: String) throws -> [[String]] {
        var text = text
        return try text.withUTF8 { try records(utf8: $0, file: file) }
    }

    private static let body = Array("<body>".utf8)
    private static let bodyEnd = Array("</body>".utf8)

    private static func records(utf8 bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var inBody = false
        var atFieldStart = true
        var line = 1
        var quoteLine = 1
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
            inBody = false
        }
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            // CR LF is one line break (and one record end below).
            let crlf = byte == 0x0D && position < bytes.count && bytes[position] == 0x0A
            if startsLine(byte, at: position - 1, in: bytes), !crlf { line += 1 }
            if inQuotes {
                if byte == 0x22 {
                    if position < bytes.count, bytes[position] == 0x22 {
                        field.append(0x22)
                        position += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            if atFieldStart, byte == 0x22 {
                inQuotes = true
                quoteLine = line
                atFieldStart = false
                continue
            }
            atFieldStart = false
            if !inBody, field.count < 6, body[field.count] == byte, field.elementsEqual(body[..<field.count]) {
                inBody = field.count == 5
            }
            if inBody {
                field.append(byte)
                if byte == 0x3E, field.count >= 7, field.suffix(7).elementsEqual(bodyEnd) { inBody = false }
                continue
            }
            switch byte {
            case 0x09:
                endField()
            case 0x0A, 0x0D:
                if crlf {
                    position += 1
                    line += 1
                }
                endField()
                records.append(fields)
                fields = []
            default:
                field.append(byte)
            }
        }
        if inQuotes {
            throw ReadError(
                file: "\(file):\(quoteLine)", "a quoted field opens here and is never closed (a \" is missing)")
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(fields)
        }
        return records
    }

    /// True when the byte at `index` ends a line as `Character.isNewline` counts them: LF, CR, VT, FF, and
    /// the last byte of NEL (C2 85), LINE SEPARATOR (E2 80 A8) and PARAGRAPH SEPARATOR (E2 80 A9).
    private static func startsLine(_ byte: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch byte {
        case 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0x85: return index >= 1 && bytes[index - 1] == 0xC2
        case 0xA8, 0xA9: return index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2
        default: return false
        }
    }
}
