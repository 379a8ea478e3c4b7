package dev.pep734.reference.xi;

/**
 * A snapshot of a channel, with the fields of CPython's {@code _interpchannels.ChannelInfo}.
 *
 * @param open neither closed nor closing
 * @param closing the send end was closed while items were left: receivers may still drain them
 * @param closed no more sends or receives
 * @param count items waiting to be received
 * @param numSend interpreters whose send end is open
 * @param numSendReleased interpreters that released their send end
 * @param numRecv interpreters whose receive end is open
 * @param numRecvReleased interpreters that released their receive end
 */
public record ChannelInfo(boolean open, boolean closing, boolean closed, int count, int numSend,
                          int numSendReleased, int numRecv, int numRecvReleased) {
}
