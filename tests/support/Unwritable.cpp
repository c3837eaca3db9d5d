#include "Unwritable.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace daicho::test {

Unwritable::Unwritable(const QString& path)
    : m_path(path)
{
#ifdef Q_OS_LINUX
    if (geteuid() == 0) {
        m_immutable = setImmutable(true);
        return;
    }
#endif
    m_permissions = QFile::permissions(path);
    const QFileDevice::Permissions writes =
        QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!QFile::setPermissions(path, m_permissions & ~writes))
        m_whyNot = QStringLiteral("cannot change the permissions of %1").arg(path);
}

Unwritable::~Unwritable()
{
    if (m_immutable)
        setImmutable(false);
    else if (m_whyNot.isEmpty())
        QFile::setPermissions(m_path, m_permissions);
}

bool Unwritable::setImmutable(bool on)
{
#ifdef Q_OS_LINUX
    // Without CAP_LINUX_IMMUTABLE (a container may drop it) or on a file system without the
    // attribute, the caller skips what needs it.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
    int flags = 0;
    bool done = fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = on ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!done && on)
        m_whyNot = QStringLiteral("running as root, and the immutable attribute cannot be set on %1 (%2)")
                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    if (fd >= 0)
        ::close(fd);
    return done;
#else
    Q_UNUSED(on);
    return false;
#endif
}

} // namespace daicho::test
