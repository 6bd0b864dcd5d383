/// Collects the `Relationship` elements of a `.rels` part.
final class RelationshipReader: XMLEventHandler {
    private let source: String
    private(set) var relationships: [Relationship] = []

    /// `source` is the part whose relationships these are (`""` for the package itself).
    init(source: String) {
        self.source = source
    }

    func didStart(_ name: XMLName, attributes: XMLAttributes) {
        guard name.local == "Relationship", let type = attributes["Type"], let target = attributes["Target"] else { return }
        let external = attributes["TargetMode"] == "External"
        relationships.append(Relationship(type: type, target: external ? target : Relationship.resolve(target, from: source), isExternal: external))
    }

    func didEnd(_ name: XMLName) {}
    func didRead(_ characters: UnsafeBufferPointer<UInt8>) {}
}
