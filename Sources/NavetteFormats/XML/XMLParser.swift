import CLibXML2

/// Parses XML and HTML with libxml2, safely: never a network access, never an entity expanded from a
/// DTD, never a DTD loaded. The libxml2 tree is converted to `XMLElement` values (or a `NodeTable`)
/// and freed at once; `parseXMLNodes` builds its table from the parser's events instead.
public enum XMLParser {
    private static let initialise: Void = {
        xmlInitParser()
        navette_silenceErrors()
    }()

    /// Parses a well-formed XML document. Encoding comes from the XML declaration (UTF-8 by default).
    /// - Throws: `ReadError` for an empty, malformed or truncated document, or one that declares
    ///   entities (the billion-laughs and external-entity attacks both need a declaration).
    public static func parseXML(_ bytes: [UInt8], file: String) throws -> XMLElement {
        try parsingXML(bytes, file: file) { context, document in
            convert(try root(of: document, context, file: file), lowercase: false)
        }
    }

    /// Parses a well-formed XML document as `parseXML` does (the same refusals, the same names,
    /// attributes and text), into a `NodeTable` for readers that walk a whole document: built from the
    /// parser's events, or from its tree for the few documents whose events do not say enough
    /// (`NodeTableEvents`).
    public static func parseXMLNodes(_ bytes: [UInt8], file: String) throws -> NodeTable {
        let events = UnsafeMutablePointer<NodeTableEvents>.allocate(capacity: 1)
        events.initialize(to: NodeTableEvents(sourceBytes: bytes.count))
        defer {
            events.pointee.release()
            events.deinitialize(count: 1)
            events.deallocate()
        }
        let table: NodeTable? = try parsingXML(bytes, file: file, setUp: { NodeTableEvents.install(events, on: $0) }) {
            context, document in
            NodeTableEvents.uninstall(from: context)
            if events.pointee.needsTree { return nil }
            guard document != nil else { throw malformed(context, file: file) }
            guard events.pointee.table.count > 0 else { throw noRoot(file) }
            return events.pointee.table
        }
        return try table ?? parseXMLNodesThroughTree(bytes, file: file)
    }

    /// `parseXMLNodes` through libxml2's tree (for the documents its events do not describe fully, and
    /// for the tests that compare both ways).
    static func parseXMLNodesThroughTree(_ bytes: [UInt8], file: String) throws -> NodeTable {
        try parsingXML(bytes, file: file) { context, document in
            NodeTable(root: try root(of: document, context, file: file), sourceBytes: bytes.count)
        }
    }

    /// Parses XML safely: `setUp` may send the parser's events elsewhere before it starts; `body` gets
    /// the parser and the document (nil when malformed), freed when it returns.
    private static func parsingXML<T>(
        _ bytes: [UInt8], file: String, setUp: (xmlParserCtxtPtr) -> Void = { _ in },
        _ body: (xmlParserCtxtPtr, xmlDocPtr?) throws -> T
    ) throws -> T {
        _ = initialise
        guard bytes.contains(where: { !isXMLSpace($0) }) else {
            throw ReadError.empty(file: file, expected: "an XML document")
        }
        if ByteSearch.contains(bytes, "<!ENTITY") {
            throw ReadError(file: file, "the XML declares entities in a DTD, which navette refuses to expand")
        }
        guard let context = xmlNewParserCtxt() else {
            throw ReadError(file: file, "could not allocate an XML parser")
        }
        defer { xmlFreeParserCtxt(context) }
        setUp(context)
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), file, nil, options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        return try body(context, document)
    }

    /// The root element of a parsed document. - Throws: `ReadError` when the parse failed.
    private static func root(of document: xmlDocPtr?, _ context: xmlParserCtxtPtr, file: String) throws -> xmlNodePtr {
        guard let document else { throw malformed(context, file: file) }
        guard let root = xmlDocGetRootElement(document) else { throw noRoot(file) }
        return root
    }

    private static func malformed(_ context: xmlParserCtxtPtr, file: String) -> ReadError {
        let error = context.pointee.lastError
        let detail =
            error.message.map {
                String(cString: $0).split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces()
            } ?? "malformed"
        return ReadError(file: file, "malformed or truncated XML at line \(error.line): \(detail)")
    }

    private static func noRoot(_ file: String) -> ReadError {
        ReadError(file: file, "no root element, expected an XML document")
    }

    /// Parses HTML in recovery mode after decoding it to UTF-8 with `TextDecoding` (as `decodeHTML`).
    /// - Throws: `ReadError` for an empty file or one that is not text.
    public static func parseHTML(_ bytes: [UInt8], file: String) throws -> XMLElement {
        try parseHTML(utf8: try TextDecoding.utf8(bytes, file: file, expected: "an HTML page"), file: file)
    }

    /// Parses HTML already decoded (a fragment held in a document: a dispositif, a LEGI `CONTENU`).
    public static func parseHTML(text: String, file: String) throws -> XMLElement {
        try parseHTML(utf8: Array(text.utf8), file: file)
    }

    private static func parseHTML(utf8: [UInt8], file: String) throws -> XMLElement {
        try parsingHTML(utf8: utf8, file: file) { document in
            var children: [XMLElement.Child] = []
            var node = document.pointee.children
            while let current = node {
                if current.pointee.type == XML_ELEMENT_NODE {
                    children.append(.element(convert(current, lowercase: true)))
                }
                node = current.pointee.next
            }
            // Pages without <html> still get one root.
            if children.count == 1, case .element(let only) = children[0], only.name == "html" { return only }
            return XMLElement(name: "html", children: children)
        }
    }

    /// Parses an HTML page as `parseHTML` does, into a `NodeTable` (the same root, names, attributes
    /// and text) for readers that walk a whole page.
    public static func parseHTMLNodes(_ bytes: [UInt8], file: String) throws -> NodeTable {
        let utf8 = try TextDecoding.utf8(bytes, file: file, expected: "an HTML page")
        return try parsingHTML(utf8: utf8, file: file) { NodeTable(document: $0, sourceBytes: utf8.count) }
    }

    /// Parses HTML already decoded into a `NodeTable`, as `parseHTML(text:)` does into a tree.
    public static func parseHTMLNodes(text: String, file: String) throws -> NodeTable {
        let utf8 = Array(text.utf8)
        return try parsingHTML(utf8: utf8, file: file) { NodeTable(document: $0, sourceBytes: utf8.count) }
    }

    /// Parses HTML in recovery mode and hands the document to `body`, then frees it.
    private static func parsingHTML<T>(utf8: [UInt8], file: String, _ body: (xmlDocPtr) -> T) throws -> T {
        _ = initialise
        guard !utf8.isEmpty else { throw ReadError.empty(file: file, expected: "an HTML page") }
        guard let context = htmlNewParserCtxt() else {
            throw ReadError(file: file, "could not allocate an HTML parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCtxtReadMemory(context, $0, Int32(buffer.count), file, "UTF-8", options)
            }
        }
        guard let document else { throw ReadError(file: file, "could not be parsed as HTML") }
        defer { xmlFreeDoc(document) }
        if let stop = haltReason(context) { throw ReadError(file: file, stop) }
        return body(document)
    }

    /// Why libxml2 stopped before the end of an HTML page, nil when it read to the end. In recovery
    /// mode it halts without failing past its limits (256 levels of nesting, a text run over 10 MB,
    /// without XML_PARSE_HUGE), and the rest of the page would be lost without a word.
    private static func haltReason(_ context: htmlParserCtxtPtr) -> String? {
        // libxml2's xmlHaltParser sets disableSAX (its end state alone also closes pages without a tag).
        guard context.pointee.disableSAX != 0 else { return nil }
        let error = context.pointee.lastError
        let said = error.message.map { String(cString: $0) } ?? ""
        let reason =
            said.contains("Excessive depth")
            ? "the page is nested deeper than 256 elements"
            : said.contains("huge text node")
                ? "a run of text is longer than 10 MB"
                : "libxml2 stopped (\(said.isEmpty ? "no reason given" : said.trimmingCharacters(in: .whitespacesAndNewlines)))"
        return "\(reason) at line \(error.line), where libxml2 reads no further; the rest of the page would be lost"
    }

    private static func convert(_ node: xmlNodePtr, lowercase: Bool) -> XMLElement {
        var name = String(cString: node.pointee.name)
        if lowercase { name = lowercased(name) }
        let namespace = node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let key = String(cString: current.pointee.name)
            if let text = current.pointee.children, text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil,
                let content = text.pointee.content
            {
                // The usual value, one text node: read in place rather than copied by libxml2 first.
                attributes[lowercase ? lowercased(key) : key] = String(cString: content)
            } else if let value = xmlNodeGetContent(
                UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            {
                attributes[lowercase ? lowercased(key) : key] = String(cString: value)
                navette_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [XMLElement.Child] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(convert(current, lowercase: lowercase)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    children.append(.text(String(cString: content)))
                }
            default:
                break  // comments, processing instructions, unexpanded entity references
            }
            child = current.pointee.next
        }
        return XMLElement(
            name: name, namespace: namespace, attributes: attributes, children: children,
            line: Int(xmlGetLineNo(node)))
    }

    /// `lowercased()` only when a letter needs it: libxml2's HTML parser already gives most names in
    /// lowercase, and most calls then cost a scan instead of a new string.
    static func lowercased(_ name: String) -> String {
        name.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } ? name.lowercased() : name
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
