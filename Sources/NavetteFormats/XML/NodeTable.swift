/// A parsed document as flat arrays, for a reader that walks a whole large page once.
///
/// One node per element or text, in document order (so the descendants of node `i` are the nodes
/// `i + 1 ..< end(i)`); element and attribute names interned once; text and attribute values as
/// ranges of one UTF-8 buffer. A tree of `XMLElement` values costs an array and a dictionary per
/// element, to build and again to free, which on a bill page came to more than libxml2's own parse;
/// this costs a few appends per node. Built by `XMLParser.parseHTMLNodes` or `parseXMLNodes`,
/// read-only afterwards.
public struct NodeTable: Sendable {
    struct Node: Sendable, Equatable {
        /// Index in `names` for an element, -1 for a text node.
        var name: Int
        /// The index after the node's last descendant.
        var end: Int
        /// Line in the source document (elements only).
        var line: Int
        /// A text node's bytes in `text`; an element's attributes in `attributes`.
        var start: Int
        var stop: Int
    }

    struct Attribute: Sendable, Equatable {
        var name: Int
        var start: Int
        var stop: Int
    }

    private(set) var nodes: [Node] = []
    private(set) var names: [String] = []
    /// `names` by their bytes (and, for HTML, the spellings met before lowercasing).
    var nameIndex = NameCache()
    private(set) var attributes: [Attribute] = []
    /// UTF-8 of every text node and attribute value.
    private(set) var text: [UInt8] = []
    /// The namespace URI of the document element, when it has one (XML).
    public internal(set) var namespace: String?

    /// The document element (`html` for a page).
    public var root: Int { 0 }

    public var count: Int { nodes.count }

    public func isElement(_ node: Int) -> Bool { nodes[node].name >= 0 }

    /// The element's name ("" for a text node).
    public func name(_ node: Int) -> String { nodes[node].name >= 0 ? names[nodes[node].name] : "" }

    /// The interned index of an element's name (-1 for a text node), to compare with `nameID`.
    func nameIndex(of node: Int) -> Int { nodes[node].name }

    /// The interned index of a name, nil when the document has no element or attribute of that name.
    func nameID(_ name: String) -> Int? {
        var name = name
        return name.withUTF8 { nameIndex.find($0) }
    }

    /// The index after the node's last descendant: its children are `node + 1`, then each child's `end`.
    public func end(_ node: Int) -> Int { nodes[node].end }

    public func line(_ node: Int) -> Int { nodes[node].line }

    /// The value of an attribute (the last one of that name, as a dictionary keeps it).
    public func attribute(_ name: String, of node: Int) -> String? {
        guard let id = nameID(name) else { return nil }
        return attribute(id: id, of: node)
    }

    func attribute(id: Int, of node: Int) -> String? {
        attributeBytes(id: id, of: node).map { String(decoding: $0, as: UTF8.self) }
    }

    /// An attribute's value as UTF-8, without making a string of it.
    func attributeBytes(id: Int, of node: Int) -> ArraySlice<UInt8>? {
        guard nodes[node].name >= 0 else { return nil }
        var index = nodes[node].stop
        while index > nodes[node].start {
            index -= 1
            let attribute = attributes[index]
            if attribute.name == id { return text[attribute.start..<attribute.stop] }
        }
        return nil
    }

    /// A text node's bytes.
    func bytes(ofText node: Int) -> ArraySlice<UInt8> { text[nodes[node].start..<nodes[node].stop] }

    /// The concatenated text of a node and its descendants, as in the source, in UTF-8.
    func textBytes(of node: Int) -> [UInt8] {
        var output: [UInt8] = []
        for index in node..<nodes[node].end where nodes[index].name < 0 {
            output.append(contentsOf: text[nodes[index].start..<nodes[index].stop])
        }
        return output
    }

    /// The concatenated text of a node and its descendants.
    public func text(of node: Int) -> String { String(decoding: textBytes(of: node), as: UTF8.self) }

    /// Descendant elements (document order) with this name.
    public func descendants(of node: Int, named name: String) -> [Int] {
        guard let id = nameID(name) else { return [] }
        return (node + 1..<nodes[node].end).filter { nodes[$0].name == id }
    }

    /// The first descendant element (document order) matching a predicate.
    public func firstDescendant(of node: Int, where predicate: (Int) -> Bool) -> Int? {
        (node + 1..<nodes[node].end).first { nodes[$0].name >= 0 && predicate($0) }
    }

    // MARK: Building (XMLParser only)

    /// Room for the nodes of a document of `size` bytes, so that a small one is built without growing
    /// its arrays again and again (text and values are at most the source's bytes; a node takes a few).
    mutating func reserve(forSourceBytes size: Int) {
        text.reserveCapacity(size)
        nodes.reserveCapacity(size / 32 + 16)
        attributes.reserveCapacity(size / 64 + 16)
    }

    mutating func intern(_ name: String) -> Int {
        if let id = nameID(name) { return id }
        var utf8 = name
        return utf8.withUTF8 { appendName(name, bytes: $0) }
    }

    /// Adds a name `nameIndex` does not know; `bytes` are its UTF-8.
    mutating func appendName(_ name: String, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if names.isEmpty { names.reserveCapacity(64) }
        names.append(name)
        nameIndex.add(bytes, id: names.count - 1)
        return names.count - 1
    }

    /// Opens an element; its attributes follow with `addAttribute`, its content, then `close`.
    mutating func open(name: Int, line: Int) -> Int {
        nodes.append(Node(name: name, end: 0, line: line, start: attributes.count, stop: attributes.count))
        return nodes.count - 1
    }

    mutating func addAttribute(name: Int, value: UnsafeBufferPointer<UInt8>, to element: Int) {
        let start = text.count
        text.append(contentsOf: value)
        attributes.append(Attribute(name: name, start: start, stop: text.count))
        nodes[element].stop = attributes.count
    }

    mutating func addText(_ value: UnsafeBufferPointer<UInt8>) {
        let start = text.count
        text.append(contentsOf: value)
        nodes.append(Node(name: -1, end: nodes.count + 1, line: 0, start: start, stop: text.count))
    }

    /// Adds to the text node just added (libxml2 hands a text over in several pieces).
    mutating func extendText(_ value: UnsafeBufferPointer<UInt8>) {
        text.append(contentsOf: value)
        nodes[nodes.count - 1].stop = text.count
    }

    mutating func close(_ element: Int) { nodes[element].end = nodes.count }
}
