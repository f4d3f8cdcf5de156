import Synchronization

/// A layer payload that can be kept in a workspace: encoded to a compact, versioned,
/// little-endian blob (`ByteWriter`) and decoded back. A payload that is not persistent, or
/// whose blob has an unknown codec or version, makes its layer stale on reopen: it is
/// recomputed when asked for, never a crash.
public protocol PersistentPayload: LayerPayload {
    /// Names the format in the workspace (`tokens`, `timeline.times`); unique among payloads.
    static var codecName: String { get }
    /// Bumped when the encoding changes; blobs of another version are not decoded.
    static var codecVersion: Int { get }
    func encode(into writer: inout ByteWriter)
    static func decode(from reader: inout ByteReader) throws -> Self
}

extension PersistentPayload {
    /// Decodes through the protocol, for codecs found by name.
    static func decodePayload(from reader: inout ByteReader) throws -> any LayerPayload {
        try decode(from: &reader)
    }
}

/// The payload types a workbench can read back, by codec name: the core's and every
/// plugin's (`Plugin.payloadTypes`).
public struct PayloadCodecs: Sendable {
    private var types: [String: any PersistentPayload.Type] = [:]

    public init(_ types: [any PersistentPayload.Type] = []) {
        for type in types { self.types[type.codecName] = type }
    }

    /// The codec name, version and blob of a payload; nil when it cannot be persisted.
    static func encode(_ payload: any LayerPayload) -> (name: String, version: Int, bytes: [UInt8])? {
        if let deferred = payload as? DeferredPayload { return (deferred.name, deferred.version, deferred.bytes) }
        guard let persistent = payload as? any PersistentPayload else { return nil }
        var writer = ByteWriter()
        persistent.encode(into: &writer)
        return (type(of: persistent).codecName, type(of: persistent).codecVersion, writer.bytes)
    }

    /// Whether a blob of this codec and version can be decoded (before trying it).
    func check(name: String, version: Int) -> ByteReader.DecodingFailure? {
        guard let type = types[name] else { return .init("no payload codec '\(name)' in this wb") }
        guard type.codecVersion == version else {
            return .init("payload '\(name)' is version \(version), this wb reads version \(type.codecVersion)")
        }
        return nil
    }

    /// The payload from a blob, or why not (unknown codec, other version, damaged blob).
    func decode(name: String, version: Int, bytes: [UInt8]) -> Result<any LayerPayload, ByteReader.DecodingFailure> {
        guard let type = types[name] else { return .failure(.init("no payload codec '\(name)' in this wb")) }
        guard type.codecVersion == version else {
            return .failure(.init("payload '\(name)' is version \(version), this wb reads version \(type.codecVersion)"))
        }
        var reader = ByteReader(bytes)
        do {
            let payload = try type.decodePayload(from: &reader)
            guard reader.isAtEnd else { return .failure(.init("payload '\(name)' has bytes left over")) }
            return .success(payload)
        } catch let failure as ByteReader.DecodingFailure {
            return .failure(failure)
        } catch {
            return .failure(.init("\(error)"))
        }
    }
}

/// A payload read from a workspace but not decoded yet: its blob, decoded on first use
/// (`CorpusGraph.payload`). A command that reads only a layer's nodes (`quotes | count by
/// speaker` reads no token arrays) then pays for reading the blob, not for decoding it.
/// The codec name and version were checked when the layer was read; a blob that fails to
/// decode later reads as no payload, which the analyses that need it report as an error.
final class DeferredPayload: LayerPayload {
    let name: String
    let version: Int
    let bytes: [UInt8]
    private let codecs: PayloadCodecs
    private let decoded = Mutex<(any LayerPayload)??>(nil)

    init(name: String, version: Int, bytes: [UInt8], codecs: PayloadCodecs) {
        self.name = name
        self.version = version
        self.bytes = bytes
        self.codecs = codecs
    }

    /// The payload, decoded once.
    var value: (any LayerPayload)? {
        if let known = decoded.withLock({ $0 }) { return known }
        let payload = try? codecs.decode(name: name, version: version, bytes: bytes).get()
        decoded.withLock { $0 = .some(payload) }
        return payload
    }
}
