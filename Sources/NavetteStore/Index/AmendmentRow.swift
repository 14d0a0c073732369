import Foundation
internal import GRDB
import NavetteCore

/// One amendment in the index: the model's fields flattened into columns to filter on, with the
/// file it was read from. The dispositif and the exposé are what full-text search reads
/// (`amendments_fts`, kept in step by triggers).
struct AmendmentRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "amendments"

    var id: Int64?
    /// What makes two readings the same amendment: chamber, legislature, text and number without its
    /// rectification (`assemblee|17|1907|as422`). Unique.
    var identity: String
    var number: String
    var chamber: String
    var legislature: String?
    var bill: String?
    var stage: String?
    var examinedBy: String?
    var reading: String?
    var title: String?
    var targetKind: String
    var targetLabel: String?
    /// `ArticleNumber.key` of the article amended (or the one an additional article is next to).
    var article: String?
    var position: String
    var alinea: Int?
    /// Signatories joined by `; `, and their folded form for `--author`.
    var authors: String
    var authorsKey: String
    var politicalGroup: String?
    var groupKey: String?
    var date: String?
    var fate: String
    var fateText: String?
    var fateDate: String?
    var dispositif: String
    var expose: String?
    var url: String?
    var parent: String?
    var identical: String?
    /// The file read (absolute), the zip member when it came from an archive, and the SHA-256 of
    /// the bytes read (the member's, for a zip).
    var sourceFile: String
    var sourceMember: String?
    var sha256: String
    var indexedAt: Date
    var updatedAt: Date

    init(_ amendment: Amendment, origin: AmendmentOrigin, alone: Bool = false, at date: Date = Date()) {
        identity = Self.identity(of: amendment, origin: origin, alone: alone)
        number = amendment.number
        chamber = amendment.chamber.rawValue
        legislature = amendment.text.legislature
        bill = amendment.text.bill
        stage = amendment.text.stage?.rawValue
        examinedBy = amendment.text.examinedBy
        reading = amendment.text.reading
        title = amendment.text.title
        targetKind = amendment.target.kind.rawValue
        targetLabel = amendment.target.label
        article = amendment.target.article?.key
        position = amendment.target.position.rawValue
        alinea = amendment.target.alinea
        authors = amendment.authors.joined(separator: "; ")
        authorsKey = Folding.key(authors)
        politicalGroup = amendment.group
        groupKey = amendment.group.map(Folding.key)
        self.date = amendment.date
        fate = amendment.fate.rawValue
        fateText = amendment.fateText
        fateDate = amendment.fateDate
        dispositif = amendment.dispositif
        expose = amendment.expose
        url = amendment.url
        parent = amendment.parent
        identical = amendment.identical.isEmpty ? nil : amendment.identical.joined(separator: "; ")
        sourceFile = origin.file
        sourceMember = origin.member
        sha256 = origin.sha256
        indexedAt = date
        updatedAt = date
    }

    /// The Assemblée's dump names each file by its amendment's uid (`AMANR5L17PO838901B1907P0D2N000001.json`):
    /// for a file holding one amendment, that uid is its identity, the only key that tells a second
    /// deliberation's n° 1 (`…D2N000001`) from the first's. Otherwise chamber, legislature, text and number.
    static func identity(of amendment: Amendment, origin: AmendmentOrigin, alone: Bool) -> String {
        let name = ((origin.member ?? origin.file) as NSString).lastPathComponent
        if alone, amendment.chamber == .assemblee, name.hasPrefix("AMAN"), name.hasSuffix(".json") {
            return "an|" + name.dropLast(5)
        }
        return [
            amendment.chamber.rawValue, amendment.text.legislature ?? "", amendment.text.bill ?? "",
            amendment.parsedNumber.baseKey,
        ].joined(separator: "|")
    }

    /// The fields that make an amendment what it is (not where or when it was read), for change detection.
    var content: [String: String] {
        var fields: [String: String?] = [
            "number": number, "stage": stage, "examinedBy": examinedBy, "reading": reading, "title": title,
            "target": [targetKind, targetLabel ?? "", article ?? "", position, alinea.map(String.init) ?? ""]
                .joined(separator: " "),
            "authors": authors, "group": politicalGroup, "date": date, "fate": fate, "fateText": fateText,
            "fateDate": fateDate, "dispositif": dispositif, "expose": expose, "url": url, "parent": parent,
            "identical": identical,
        ]
        fields = fields.filter { $0.value != nil }
        return fields.mapValues { $0! }
    }

    /// This reading laid over what the index held: what this reading gives replaces, what it leaves
    /// out (no group, fate unknown, no exposé) keeps the older value. Two sources of one amendment
    /// (the AN's file and a vote record) complete each other instead of undoing each other.
    func merged(over old: AmendmentRow) -> AmendmentRow {
        var row = self
        row.id = old.id
        row.indexedAt = old.indexedAt
        func keep<T>(_ field: WritableKeyPath<AmendmentRow, T?>) {
            if row[keyPath: field] == nil { row[keyPath: field] = old[keyPath: field] }
        }
        for field in [
            \AmendmentRow.legislature, \.bill, \.stage, \.examinedBy, \.reading, \.title, \.targetLabel, \.article,
            \.politicalGroup, \.groupKey, \.date, \.fateText, \.fateDate, \.expose, \.url, \.parent, \.identical,
        ] {
            keep(field)
        }
        if row.alinea == nil { row.alinea = old.alinea }
        if row.targetKind == AmendmentTarget.Kind.unknown.rawValue {
            (row.targetKind, row.position) = (old.targetKind, old.position)
        }
        if row.authors.isEmpty { (row.authors, row.authorsKey) = (old.authors, old.authorsKey) }
        if row.fate == AmendmentFate.unknown.rawValue, old.fate != row.fate {
            (row.fate, row.fateText, row.fateDate) = (old.fate, old.fateText, old.fateDate)
        }
        if row.dispositif.isEmpty { row.dispositif = old.dispositif }
        return row
    }

    /// What changed from `old` to `self`, field by field: `{"fate": ["rejeté", "adopté"]}`.
    func changes(from old: AmendmentRow) -> [String: [String?]] {
        let before = old.content
        let after = content
        var changes: [String: [String?]] = [:]
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
            changes[key] = [before[key], after[key]]
        }
        return changes
    }

    /// The amendment as the model holds it (HTML forms are not kept in the index).
    var amendment: Amendment {
        var target = AmendmentTarget(
            kind: AmendmentTarget.Kind(rawValue: targetKind) ?? .unknown, label: targetLabel,
            article: article.map { ArticleNumber(label: $0) },
            position: AmendmentTarget.Position(rawValue: position) ?? .on)
        target.alinea = alinea
        return Amendment(
            number: number, chamber: Chamber(rawValue: chamber) ?? .unknown,
            text: AmendedText(
                bill: bill, stage: stage.flatMap(AmendedText.Stage.init(rawValue:)), reading: reading,
                examinedBy: examinedBy, title: title, legislature: legislature),
            authors: authors.isEmpty ? [] : authors.components(separatedBy: "; "), group: politicalGroup, date: date,
            target: target, dispositif: dispositif, expose: expose, fateText: fateText,
            fate: AmendmentFate(rawValue: fate), fateDate: fateDate,
            identical: identical?.components(separatedBy: "; ") ?? [], parent: parent, url: url,
            file: sourceMember.map { "\(sourceFile):\($0)" } ?? sourceFile)
    }
}

/// Where an amendment was read: a file, or a member of a zip archive, and the SHA-256 of those bytes.
public struct AmendmentOrigin: Sendable, Hashable {
    /// The file read (a path as given, made absolute by the ingester).
    public var file: String
    /// The member of the zip archive `file`, when it is one.
    public var member: String?
    public var sha256: String

    public init(file: String, member: String? = nil, sha256: String) {
        self.file = file
        self.member = member
        self.sha256 = sha256
    }
}
