import CLibXML2

/// Builds a `NodeTable` from libxml2's SAX2 events, without libxml2's tree: on a small LEGI file,
/// building that tree (a malloc per element, attribute and value), converting it and freeing it cost
/// more than the parse itself.
///
/// The table is the one `NodeTable(root:)` makes of the tree of the same parse (same parser, same
/// options): names (`prefix:name` for an undefined prefix), attributes (a value with `&` is handed
/// over with it written `&#38;`, as libxml2's tree reads it back), text nodes (pieces joined until an
/// element, a comment or a processing instruction comes between), lines, the root's namespace.
/// Where the tree would depend on more than these events, the parse is stopped and `needsTree` set,
/// and `XMLParser` parses the file again through the tree:
/// - a `<!DOCTYPE` (declarations decide blanks, default attributes and entity references);
/// - an element at line 65,535 or later (the tree keeps lines in 16 bits, then looks at neighbours);
/// - a text over 10,000,000 bytes (libxml2 stops adding to a text node there).
///
/// `XML_PARSE_NOBLANKS` drops blank text by a heuristic that reads `ctxt->node` (no node, nothing
/// dropped): while the parse is inside the root, `ctxt->node` is `current`, a node whose `children`
/// and `last` say whether the open element's first and last children so far are text, as the tree's
/// would, and libxml2 decides as it does for its tree.
struct NodeTableEvents {
    var table = NodeTable()
    private(set) var needsTree = false
    private var byAddress = NameAddresses()
    /// The open elements, innermost last, each with its parent's first child before it opened.
    private var open: [(element: Int, parentFirstChild: xmlNodePtr?)] = []
    /// The bytes of the text node being added to, nil when the last node is not text.
    private var textLength: Int?
    /// Stands for the open element in `ctxt->node`; `textStandIn` and `otherStandIn` stand for its children.
    private let current: xmlNodePtr
    private let textStandIn: xmlNodePtr
    private let otherStandIn: xmlNodePtr

    init(sourceBytes: Int) {
        table.reserve(forSourceBytes: sourceBytes)
        (current, textStandIn, otherStandIn) = (.allocate(capacity: 1), .allocate(capacity: 1), .allocate(capacity: 1))
        for (node, type) in [
            (current, XML_ELEMENT_NODE), (textStandIn, XML_TEXT_NODE), (otherStandIn, XML_ELEMENT_NODE),
        ] {
            node.initialize(to: xmlNode())
            node.pointee.type = type
        }
    }

    /// Frees the stand-in nodes (after the parse, once `ctxt->node` no longer points to them).
    func release() {
        for node in [current, textStandIn, otherStandIn] { node.deallocate() }
    }

    /// Makes the parser send its events here (`self` must stay at this address until the parse ends).
    static func install(_ events: UnsafeMutablePointer<NodeTableEvents>, on parser: xmlParserCtxtPtr) {
        parser.pointee._private = UnsafeMutableRawPointer(events)
        guard let handler = parser.pointee.sax else { return }
        handler.pointee.startElementNs = { context, localname, prefix, uri, _, _, count, defaulted, attributes in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser),
                let localname
            else { return }
            events.pointee.start(
                parser, localname, prefix, uri, count: Int(count), defaulted: Int(defaulted), attributes)
        }
        handler.pointee.endElementNs = { context, _, _, _ in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser) else {
                return
            }
            events.pointee.end(parser)
        }
        handler.pointee.characters = { context, bytes, count in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser) else {
                return
            }
            events.pointee.characters(parser, UnsafeBufferPointer(start: bytes, count: Int(max(count, 0))))
        }
        handler.pointee.comment = { context, _ in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser) else {
                return
            }
            events.pointee.addOtherChild()
        }
        handler.pointee.processingInstruction = { context, _, _ in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser) else {
                return
            }
            events.pointee.addOtherChild()
        }
        handler.pointee.internalSubset = { context, _, _, _ in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser) else {
                return
            }
            events.pointee.stop(parser)
        }
        handler.pointee.reference = { context, _ in
            guard let parser = NodeTableEvents.parser(context), let events = NodeTableEvents.events(parser) else {
                return
            }
            events.pointee.stop(parser)
        }
    }

    /// Takes the stand-in node out of the parser (before `release`).
    static func uninstall(from parser: xmlParserCtxtPtr) {
        parser.pointee.node = nil
        parser.pointee._private = nil
    }

    /// The SAX context of a parser made by `xmlNewParserCtxt`: the parser itself.
    private static func parser(_ context: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
        context?.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    private static func events(_ parser: xmlParserCtxtPtr) -> UnsafeMutablePointer<NodeTableEvents>? {
        parser.pointee._private?.assumingMemoryBound(to: NodeTableEvents.self)
    }

    private mutating func start(
        _ parser: xmlParserCtxtPtr, _ localname: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?,
        _ uri: UnsafePointer<xmlChar>?, count: Int, defaulted: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
        guard line < 65535 else { return stop(parser) }
        let element = table.open(name: name(parser, localname, prefix, uri), line: line)
        if open.isEmpty { table.namespace = uri.map { String(cString: $0) } }
        // Attributes the DTD defaults are left out, as libxml2's tree leaves them without XML_PARSE_DTDATTR.
        let given = parser.pointee.loadsubset & XML_COMPLETE_ATTRS == 0 ? count - defaulted : count
        if let attributes {
            for index in 0..<max(given, 0) {
                let fields = attributes + 5 * index
                guard let localname = fields[0], let value = fields[3], let valueEnd = fields[4] else { continue }
                let key = name(parser, localname, fields[1], fields[2])
                addAttribute(key, value, valueEnd, to: element)
            }
        }
        open.append((element, current.pointee.children))
        current.pointee.children = nil
        current.pointee.last = nil
        parser.pointee.node = current
        textLength = nil
    }

    private mutating func end(_ parser: xmlParserCtxtPtr) {
        guard let closed = open.popLast() else { return }
        table.close(closed.element)
        current.pointee.children = closed.parentFirstChild ?? otherStandIn
        current.pointee.last = otherStandIn
        if open.isEmpty { parser.pointee.node = nil }
        textLength = nil
    }

    private mutating func characters(_ parser: xmlParserCtxtPtr, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard !open.isEmpty else { return }
        if let length = textLength {
            guard length + bytes.count <= 10_000_000 else { return stop(parser) }
            table.extendText(bytes)
            textLength = length + bytes.count
        } else {
            table.addText(bytes)
            textLength = bytes.count
            if current.pointee.children == nil { current.pointee.children = textStandIn }
            current.pointee.last = textStandIn
        }
    }

    /// A comment or processing instruction: not in the table, but it ends a text node and counts as
    /// a child for the blanks heuristic.
    private mutating func addOtherChild() {
        guard !open.isEmpty else { return }
        textLength = nil
        if current.pointee.children == nil { current.pointee.children = otherStandIn }
        current.pointee.last = otherStandIn
    }

    private mutating func stop(_ parser: xmlParserCtxtPtr) {
        needsTree = true
        xmlStopParser(parser)
    }

    /// The tree's name: `prefix:name` when the prefix has no namespace (libxml2's `xmlDictQLookup`).
    private mutating func name(
        _ parser: xmlParserCtxtPtr, _ localname: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?,
        _ uri: UnsafePointer<xmlChar>?
    ) -> Int {
        var name = localname
        if let prefix, uri == nil, let qualified = xmlDictQLookup(parser.pointee.dict, prefix, localname) {
            name = qualified
        }
        return table.intern(name, lowercase: false, byAddress: &byAddress)
    }

    /// A value is in the source's bytes up to `end`, or, when libxml2 had to rewrite it (a reference,
    /// a normalised blank), a NUL-terminated copy in which each `&` is written `&#38;`.
    private mutating func addAttribute(
        _ key: Int, _ value: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>, to element: Int
    ) {
        let bytes = UnsafeBufferPointer(start: value, count: max(value.distance(to: end), 0))
        guard end.pointee == 0 else { return table.addAttribute(name: key, value: bytes, to: element) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        let ampersand: [UInt8] = Array("&#38;".utf8)
        while index < bytes.count {
            if bytes[index] == 0x26, bytes.count - index >= 5, Array(bytes[index..<index + 5]) == ampersand {
                decoded.append(0x26)
                index += 5
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        decoded.withUnsafeBufferPointer { table.addAttribute(name: key, value: $0, to: element) }
    }
}
