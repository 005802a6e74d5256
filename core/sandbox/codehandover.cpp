// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Airlock developers
#include "codehandover.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/socket.h>

namespace Airlock {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(strerror(errno));
}
} // namespace

bool CodeHandover::socketPair(UniqueFd *host, UniqueFd *sandbox, QString *error)
{
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        if (error)
            *error = QCoreApplication::translate("Airlock::CodeHandover", "cannot create a socket pair: %1")
                         .arg(systemError());
        return false;
    }
    host->reset(pair[0]);
    sandbox->reset(pair[1]);
    // The sandbox reads; nothing it writes back is ever read here.
    ::shutdown(pair[0], SHUT_RD);
    return true;
}

UniqueFd CodeHandover::sealedFile(const char *name, const QByteArray &data)
{
    UniqueFd fd(memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING));
    if (!fd.isValid())
        return {};
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd.get(), data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return {};
        written += n;
    }
    fcntl(fd.get(), F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    if (::lseek(fd.get(), 0, SEEK_SET) != 0)
        return {};
    return fd;
}

bool CodeHandover::send(int hostEnd, const QByteArray &code, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const UniqueFd file = sealedFile("airlock-code", code);
    if (!file.isValid())
        return fail(QCoreApplication::translate("Airlock::CodeHandover", "cannot hold the code in memory: %1")
                        .arg(systemError()));
    char go = 'g';
    struct iovec part
    {
        &go, 1
    };
    alignas(struct cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    struct msghdr message
    {
    };
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    const int fd = file.get();
    std::memcpy(CMSG_DATA(header), &fd, sizeof fd);
    for (;;) {
        const ssize_t n = ::sendmsg(hostEnd, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n == 1)
            return true;
        if (n < 0 && errno == EINTR)
            continue;
        return fail(QCoreApplication::translate("Airlock::CodeHandover", "the sandbox did not take the code: %1")
                        .arg(n < 0 ? systemError() : QStringLiteral("short write")));
    }
}

} // namespace Airlock
