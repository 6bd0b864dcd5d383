/// Collects the `Relationship` elements of a `.rels` part.
final class RelationshipReader: XMLEventHandler {
    private let source: String
    private let relationship, type, target, targetMode: XMLName
    private(set) var relationships: [Relationship] = []

    /// `source` is the part whose relationships these are (`""` for the package itself).
    init(source: String, names dictionary: XMLDictionary) {
        self.source = source
        relationship = dictionary.intern("Relationship")
        type = dictionary.intern("Type")
        target = dictionary.intern("Target")
        targetMode = dictionary.intern("TargetMode")
    }

    override func didStart(_ name: XMLName, namespace: XMLName, attributes: XMLAttributes) {
        guard name == relationship, let type = attributes[type], let target = attributes[target] else { return }
        let external = attributes[targetMode] == "External"
        relationships.append(Relationship(type: type, target: external ? target : Relationship.resolve(target, from: source), isExternal: external))
    }
}
