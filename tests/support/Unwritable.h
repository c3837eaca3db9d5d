#pragma once

#include <QFileDevice>
#include <QString>

namespace daicho::test {

// Makes a file or folder unwritable for this process while it lives. Root ignores permission
// bits (and the tests run as root in CI), so for root it sets the immutable attribute instead
// (Linux; ext4, XFS, Btrfs and tmpfs have it), which stops root too.
class Unwritable {
public:
    explicit Unwritable(const QString& path);
    ~Unwritable();
    Unwritable(const Unwritable&) = delete;
    Unwritable& operator=(const Unwritable&) = delete;

    // Empty when it worked; else why the path could not be made unwritable (for QSKIP).
    QString whyNot() const { return m_whyNot; }

private:
    bool setImmutable(bool on);

    QString m_path;
    QFileDevice::Permissions m_permissions;
    bool m_immutable = false;
    QString m_whyNot;
};

} // namespace daicho::test
