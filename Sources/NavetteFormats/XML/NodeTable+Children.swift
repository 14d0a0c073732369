/// Child-by-child navigation, for readers that follow a document's structure by name (`META/ID`,
/// `body/article/num`). A child of node `i` is `i + 1`, then each child's `end`, up to `end(i)`.
extension NodeTable {
    /// The child nodes of `node` (elements and texts), in document order.
    func children(of node: Int) -> Children {
        Children(nodes: nodes, current: node + 1, end: nodes[node].end)
    }

    struct Children: Sequence, IteratorProtocol {
        fileprivate let nodes: [Node]
        fileprivate var current: Int
        fileprivate let end: Int

        mutating func next() -> Int? {
            guard current < end else { return nil }
            defer { current = nodes[current].end }
            return current
        }
    }

    /// The child elements of `node`, in order.
    func childElements(of node: Int) -> [Int] {
        children(of: node).filter { nodes[$0].name >= 0 }
    }

    /// The child elements of `node` with this name, in order.
    func childElements(of node: Int, named name: String) -> [Int] {
        guard let id = nameID(name) else { return [] }
        return children(of: node).filter { nodes[$0].name == id }
    }

    /// The first child element of `node` with this name.
    func firstChild(of node: Int?, named name: String) -> Int? {
        guard let node, let id = nameID(name) else { return nil }
        return firstChild(of: node, id: id)
    }

    /// The first child element of `node` whose interned name is `id`.
    func firstChild(of node: Int, id: Int) -> Int? {
        var child = node + 1
        while child < nodes[node].end {
            if nodes[child].name == id { return child }
            child = nodes[child].end
        }
        return nil
    }

    /// The first child element of `node`, whatever its name.
    func firstChildElement(of node: Int) -> Int? {
        children(of: node).first { nodes[$0].name >= 0 }
    }

    /// True when `node` has a child element.
    func hasChildElement(_ node: Int) -> Bool { firstChildElement(of: node) != nil }

    /// Follows a path of child names from `node`: `path(root, "META", "META_COMMUN", "ID")`.
    func path(_ node: Int?, _ names: String...) -> Int? {
        var current = node
        for name in names { current = firstChild(of: current, named: name) }
        return current
    }
}
