import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds a `NodeTable` from a libxml2 document, inside `XMLParser.parseHTMLNodes` or
/// `parseXMLNodesThroughTree` (the pointers never leave them). Names, attributes and text are those
/// `XMLParser.parseHTML` and `parseXML` put in an `XMLElement` tree.
extension NodeTable {
    /// An HTML page: names in lowercase, and the root chosen as `XMLParser.parseHTML` chooses it: the
    /// one top-level `html` element, or else an `html` element made to hold the top-level elements.
    init(document: xmlDocPtr, sourceBytes: Int) {
        var builder = Builder(lowercase: true)
        builder.table.reserve(forSourceBytes: sourceBytes)
        var topLevel: [xmlNodePtr] = []
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE { topLevel.append(current) }
            node = current.pointee.next
        }
        if topLevel.count == 1, builder.name(of: topLevel[0]) == builder.table.intern("html") {
            builder.add(topLevel[0])
        } else {
            let root = builder.table.open(name: builder.table.intern("html"), line: 0)
            for element in topLevel { builder.add(element) }
            builder.table.close(root)
        }
        self = builder.table
    }

    /// An XML document from its root element, names as written (local names, without a prefix).
    init(root: xmlNodePtr, sourceBytes: Int) {
        var builder = Builder(lowercase: false)
        builder.table.reserve(forSourceBytes: sourceBytes)
        builder.add(root)
        builder.table.namespace = root.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
        self = builder.table
    }

    private struct Builder {
        let lowercase: Bool
        var table = NodeTable()
        var byAddress = NameAddresses()

        mutating func name(of node: xmlNodePtr) -> Int { intern(node.pointee.name) }

        mutating func intern(_ name: UnsafePointer<xmlChar>) -> Int {
            table.intern(name, lowercase: lowercase, byAddress: &byAddress)
        }

        mutating func add(_ node: xmlNodePtr) {
            let element = table.open(name: name(of: node), line: Int(xmlGetLineNo(node)))
            var attribute = node.pointee.properties
            while let current = attribute {
                let key = intern(current.pointee.name)
                if let text = current.pointee.children, text.pointee.type == XML_TEXT_NODE, text.pointee.next == nil,
                    let content = text.pointee.content
                {
                    table.addAttribute(name: key, value: Self.buffer(content), to: element)
                } else if let value = xmlNodeGetContent(
                    UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
                {
                    table.addAttribute(name: key, value: Self.buffer(value), to: element)
                    navette_xmlFree(value)
                }
                attribute = current.pointee.next
            }
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    add(current)
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { table.addText(Self.buffer(content)) }
                default:
                    break  // comments, processing instructions, unexpanded entity references
                }
                child = current.pointee.next
            }
            table.close(element)
        }

        private static func buffer(_ text: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text)))
        }
    }
}

extension NodeTable {
    /// The id of a libxml2 name (NUL-terminated UTF-8), lowercased for HTML. XML names are also
    /// remembered by address in `byAddress`: libxml2's XML parser keeps one copy of each name per
    /// document (its dictionary), so a name met before is found without measuring or hashing its bytes.
    mutating func intern(_ name: UnsafePointer<xmlChar>, lowercase: Bool, byAddress: inout NameAddresses) -> Int {
        if lowercase { return internBytes(name, lowercase: true) }
        if let id = byAddress.find(name) { return id }
        let id = internBytes(name, lowercase: false)
        byAddress.add(name, id: id)
        return id
    }

    private mutating func internBytes(_ name: UnsafePointer<xmlChar>, lowercase: Bool) -> Int {
        let bytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
        if let id = nameIndex.find(bytes) { return id }
        var text = String(decoding: bytes, as: UTF8.self)  // as String(cString:)
        if lowercase { text = XMLParser.lowercased(text) }
        // Spelled as in the source (always, for valid UTF-8 XML): a new name, as `find` missed.
        let spelledAsSource = text.withUTF8 { utf8 in
            utf8.count == bytes.count && (utf8.isEmpty || memcmp(utf8.baseAddress!, name, utf8.count) == 0)
        }
        if spelledAsSource { return appendName(text, bytes: bytes) }
        let id = intern(text)
        // An HTML name met in capitals is also found by that spelling next time.
        nameIndex.add(bytes, id: id)
        return id
    }
}
