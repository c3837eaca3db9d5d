#pragma once

#include <QDateTime>

namespace daicho {

// An asset held by another (CIA inheritance): information (イ) kept on a system, device or
// medium (ア) or in a document (ウ), a document kept on a file server, a system on a server.
// The holder's effective rating is at least the highest of what it holds, all the way down.
struct Holding {
    qint64 id = 0;
    qint64 holderId = 0;
    qint64 heldId = 0;
    QDateTime createdAt;
    int version = 1;
};

} // namespace daicho
