import NavetteCore

/// An AN amendment web page of the 14th-legislature layout (`/14/amendements/0922/AN/406.asp`):
/// visible parts by class (`numamendement`, `presente`, `amddispotitre`, `amddispotexte`,
/// `amdexpotexte`, `dateamend`, `#sort`), and the `<meta>` fields as a fallback.
enum ANAmendmentPageReader {
    static func read(_ bytes: [UInt8], file: String) throws -> AmendmentFile {
        let page = try XMLParser.parseHTML(bytes, file: file)
        var meta: [String: String] = [:]
        for element in page.descendants("meta") {
            if let name = element["name"], let content = element["content"] {
                meta[name.uppercased()] = content.trimmingSpaces()
            }
        }
        func visible(_ className: String) -> [XMLElement] {
            page.descendants { ($0["class"] ?? "").split(separator: " ").contains(Substring(className)) }
        }
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        guard
            let number = nonEmpty(visible("numamendement").first.map { HTMLText.line(of: $0) })
                ?? nonEmpty(meta["NUM_AMTXT"])
        else {
            throw ReadError(
                file: file, "an HTML page without an amendment number (numamendement), expected an AN amendment page")
        }
        var result = AmendmentFile(file: file, format: .anHTML)
        // The PDF link "/14/amendements/0922/AN/406.pdf" names the organ: AN for the séance.
        let pdf = page.descendants("a").compactMap { $0["href"] }.first {
            $0.hasSuffix(".pdf") && $0.contains("/amendements/")
        }
        let parts = pdf?.split(separator: "/").map(String.init) ?? []
        let organ = parts.count >= 5 ? parts[3] : nil
        let text = AmendedText(
            bill: nonEmpty(meta["NUM_INIT"]), stage: organ.map { $0 == "AN" ? .seance : .commission },
            reading: nonEmpty(meta["ETAPE"]), examinedBy: organ, title: nonEmpty(meta["TITRE_INIT"]),
            legislature: nonEmpty(meta["LEGISLATURE"]))
        let presented = visible("presente").map { HTMLText.line(of: $0) }.filter {
            !$0.isEmpty && !Folding.key($0).hasPrefix("presente par")
        }
        let signatories = presented.first ?? nonEmpty(meta["AUTEURS"]).map { HTMLText.collapse($0) }
        let split = signatories.map(AuthorList.split)
        let heading = visible("amddispotitre").map { HTMLText.line(of: $0) }.first { !$0.isEmpty }
        var target = AmendmentTarget(label: heading ?? meta["DESIGNATION_ARTICLE"] ?? "")
        if target.kind == .unknown { result.warn("amendement \(number): no target article on the page") }
        if let alinea = nonEmpty(meta["DESIGNATION_ALINEA"]) {
            target.setAlinea(alinea)
        }
        let dispositifElement = visible("amddispotexte").first
        let sortElement = page.descendants { $0["id"] == "sort" }.first
        let amendment = Amendment(
            number: number, chamber: .assemblee, text: text, authors: split?.names ?? [], authorsText: signatories,
            group: split?.group, date: visible("dateamend").first.flatMap { SourceDate.iso(HTMLText.line(of: $0)) },
            target: target,
            dispositif: dispositifElement.map { HTMLText.paragraphs(of: $0).joined(separator: "\n") } ?? "",
            expose: visible("amdexpotexte").first.map { HTMLText.paragraphs(of: $0).joined(separator: "\n") },
            fateText: nonEmpty(sortElement.map { HTMLText.line(of: $0) }) ?? nonEmpty(meta["SORT"]),
            fateDate: SourceDate.iso(meta["DATE_SORT"]), parent: nonEmpty(meta["AMEND_PARENT"]),
            url: pdf.map { "https://www.assemblee-nationale.fr" + $0.dropLast(4) + ".asp" })
        if amendment.dispositif.isEmpty { result.warn("amendement \(number): empty dispositif") }
        result.amendments = [amendment]
        return result
    }
}

extension HTMLText {
    /// The text of an element on one line.
    static func line(of element: XMLElement) -> String { paragraphs(of: element).joined(separator: " ") }
}
