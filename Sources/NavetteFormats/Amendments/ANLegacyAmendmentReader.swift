import NavetteCore

extension XMLElement {
    /// The trimmed text at a path of child names, nil when missing, empty or `xsi:nil`.
    func value(_ names: String...) -> String? {
        var current: XMLElement? = self
        for name in names { current = current?.first(name) }
        guard let text = current?.text.trimmingSpaces(), !text.isEmpty, text != "null;" else { return nil }
        return text
    }
}

/// The AN's legacy amendment XML (assemblee-nationale.fr web service, before 2019): one
/// `<amendement>` per file, and the `<amdtsParOrdreDeDiscussion>` list of a text.
enum ANLegacyAmendmentReader {
    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let root = try XMLParser.parseXML(bytes, file: file)
        guard root.name == "amendement" else {
            throw ReadError(file: file, "root element <\(root.name)>, expected an AN <amendement>")
        }
        var result = AmendmentFile(file: file, format: .anXML)
        guard let number = root.value("numeroLong") ?? root.value("numero") else {
            throw ReadError(file: file, "an <amendement> without <numero>, expected an AN amendment")
        }
        let legislature = root.value("texte", "numeroLegislature")
        let examinedBy = root.value("examen", "organeSaisi")
        let text = AmendedText(
            bill: root.value("texte", "numBibard"),
            stage: AmendedText.stage(examinedBy: examinedBy)
                ?? AmendedText.stage(examinedBy: root.value("examen", "typeSaisie")),
            reading: root.value("texte", "etapeTexte"), examinedBy: examinedBy,
            title: root.value("texte", "libelleDossier") ?? root.value("texte", "titreCourt"), legislature: legislature)
        let signatories = root.value("listeDesSignataires").map { HTMLText.line(html: $0, file: file) }
        var authors = [root.first("auteur").flatMap(personName)].compactMap { $0 }
        for cosignatory in root.first("cosignataires")?.elements("cosignataire") ?? [] {
            if let name = personName(cosignatory), !authors.contains(name) { authors.append(name) }
        }
        let split = signatories.map(AuthorList.split)
        if authors.isEmpty { authors = split?.names ?? [] }
        let dispositifHTML = root.value("dispositif")
        let parent = root.value("numeroParent")
        let amendment = Amendment(
            number: number, chamber: .assemblee, text: text, authors: authors, authorsText: signatories,
            group: split?.group, date: SourceDate.iso(root.value("dateDepot")),
            target: target(root.first("division"), alinea: root.first("alinea"), result: &result, number: number),
            dispositif: dispositifHTML.map { HTMLText.plain(html: $0, file: file) } ?? "",
            dispositifHTML: dispositifHTML,
            expose: root.value("exposeSommaire").map { HTMLText.plain(html: $0, file: file) },
            fateText: root.value("sortEnSeance"), fateDate: SourceDate.iso(root.value("dateSaisieSort")),
            parent: parent, url: root.value("urlPDF").map { "https://www.assemblee-nationale.fr" + $0 })
        if amendment.dispositif.isEmpty { result.warn("amendement \(number): no dispositif") }
        if amendment.fateText == nil { result.note("amendement \(number): no sortEnSeance, fate unknown") }
        result.amendments = [amendment]
        return result
    }

    /// `M. Aviragnet` from `<auteurLabel>`, else civility and surname; `Gouvernement` for the Government.
    private static func personName(_ person: XMLElement) -> String? {
        if person.value("estGouvernement") == "1" { return "Gouvernement" }
        if let label = person.value("auteurLabel") { return label }
        guard let surname = person.value("nom") else { return nil }
        return [person.value("civilite"), surname].compactMap { $0 }.joined(separator: " ")
    }

    /// The target from a `<division>` (`titre`, `type`, `avantApres` or `avant_A_Apres`) and an
    /// `<alinea>` (`numero`, `avantApres`): the legacy and the open-data schemas share them.
    static func target(
        _ division: XMLElement?, alinea: XMLElement?, result: inout AmendmentFile, number: String
    ) -> AmendmentTarget {
        guard let division,
            let title = division.value("titre") ?? division.value("divisionDesignation")
                ?? division.value("articleDesignationCourte")
        else {
            result.warn("amendement \(number): no <division>, target unknown")
            return .unknown
        }
        var target = AmendmentTarget(label: title)
        switch division.value("avantApres") ?? division.value("avant_A_Apres") {
        case "AV": target.position = .before
        case "AP": target.position = .after
        default: break
        }
        switch division.value("type") {
        case "ANNEXE": target.kind = .annex
        case "TITRE" where target.kind != .title: target.kind = .division
        case "CHAPITRE", "SECTION": target.kind = .division
        default: break
        }
        if let alinea, let printed = alinea.value("numero") {
            target.alinea = Int(printed)
            target.alineaLabel = alinea.value("alineaDesignation") ?? printed
            switch alinea.value("avantApres").map(Folding.key) ?? alinea.value("avant_A_Apres").map(Folding.key) {
            case "apres", "ap": target.alineaPosition = .after
            case "avant", "av": target.alineaPosition = .before
            default: break
            }
        }
        return target
    }

    /// The discussion list: one short record per amendment, identical ones grouped by
    /// `discussionIdentique`.
    static func readDiscussion(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let root = try XMLParser.parseXML(bytes, file: file)
        guard root.name == "amdtsParOrdreDeDiscussion" else {
            throw ReadError(file: file, "root element <\(root.name)>, expected <amdtsParOrdreDeDiscussion>")
        }
        var result = AmendmentFile(file: file, format: .anDiscussionList)
        let organ = root["organe"]
        let text = AmendedText(
            bill: root["bibard"], stage: organ == "AN" ? .seance : (organ == nil ? nil : .commission),
            examinedBy: organ, title: root["titre"], legislature: root["legislature"])
        let records = root.descendants("amendement")
        var identicalGroups: [String: [String]] = [:]
        for record in records {
            if let group = record["discussionIdentique"], !group.isEmpty, let number = record["numero"] {
                identicalGroups[group, default: []].append(number)
            }
        }
        for record in records {
            guard let number = record["numero"], !number.isEmpty else {
                result.warn("line \(record.line): an <amendement> without numero, skipped")
                continue
            }
            var target = AmendmentTarget(label: record["place"] ?? "")
            if let label = record["alineaLabel"], !label.isEmpty { target.setAlinea(label) }
            var parent = record["parentNumero"].flatMap { $0.isEmpty ? nil : $0 }
            if let value = parent, !value.contains(where: \.isNumber) {
                result.note("amendement \(number): parentNumero '\(value)' is not an amendment number, ignored")
                parent = nil
            }
            let author = record["auteurLabelFull"] ?? record["auteurLabel"]
            let group = record["discussionIdentique"].flatMap { identicalGroups[$0] } ?? []
            result.amendments.append(
                Amendment(
                    number: number, chamber: .assemblee, text: text, authors: author.map { [$0] } ?? [],
                    group: record["auteurGroupe"].flatMap { $0.isEmpty ? nil : $0 }, target: target,
                    fateText: record["sort"].flatMap { $0.isEmpty ? nil : $0 },
                    identical: group.filter { $0 != number }, parent: parent))
        }
        if result.amendments.isEmpty { result.warn("the discussion list holds no amendment") }
        result.note("a discussion list gives no dispositif, exposé or date")
        return result
    }
}
