import CLibXML2

/// Builds a `NodeTable` from a libxml2 HTML document, inside `XMLParser.parseHTMLNodes` (the pointers
/// never leave it). The root is chosen as `XMLParser.parseHTML` chooses it: the one top-level `html`
/// element, or else an `html` element made to hold the top-level elements.
extension NodeTable {
    init(document: xmlDocPtr) {
        var builder = Builder()
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

    private struct Builder {
        var table = NodeTable()
        /// libxml2 keeps each name once in its dictionary: most look-ups are by address.
        var byAddress: [UnsafePointer<xmlChar>: Int] = [:]

        mutating func name(of node: xmlNodePtr) -> Int { intern(node.pointee.name) }

        mutating func intern(_ name: UnsafePointer<xmlChar>) -> Int {
            if let id = byAddress[name] { return id }
            let id = table.intern(XMLParser.lowercased(String(cString: name)))
            byAddress[name] = id
            return id
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
