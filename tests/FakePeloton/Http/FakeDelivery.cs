namespace FakePeloton.Http;

/// <summary>How the server adapter sends a <see cref="FakeResponse"/>; anything but Complete is a delivery fault.</summary>
internal enum FakeDelivery
{
    Complete,

    /// <summary>Abort the connection without answering.</summary>
    ConnectionReset,

    /// <summary>Declare the full Content-Length and send half the body; the connection then closes.</summary>
    TruncatedBody,
}
