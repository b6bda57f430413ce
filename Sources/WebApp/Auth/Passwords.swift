import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt. Hashing is slow on purpose, so it runs on
/// NIO's thread pool instead of the event loop that serves other requests.
public enum Passwords {
    /// Cost 10: about 60 ms per hash on the 2-core reference machine.
    static let cost: UInt8 = 10

    /// A new password to hand to a person: 14 characters without look-alikes.
    public static func random() -> String { Secrets.password() }

    public static func problem(with password: String) -> String? {
        if password.count < 10 { return "密码至少10个字符 (the password needs at least 10 characters)" }
        if password.utf8.count > 72 { return "密码不能超过72字节 (bcrypt reads at most 72 bytes)" }
        return nil
    }

    public static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public static func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
