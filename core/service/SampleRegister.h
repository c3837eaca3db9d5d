#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace daicho {

class Register;

// A register to try Daicho out in (File → Open Sample Register): the Noshiro tree with a few
// hundred generated assets, their people and 第5条 roles, risks and holdings. Made once in the
// user's data folder and opened from there afterwards, changes and all; it has no accounts, so
// it opens without signing in.
class SampleRegister {
    Q_DECLARE_TR_FUNCTIONS(SampleRegister)

public:
    static constexpr qint64 kAssets = 300;

    // <user data folder>/sample.sqlite, beside the user's own register.
    static QString defaultPath();
    // Opens the sample at `path`, making it first when there is none; a sample that cannot be
    // finished is removed rather than left half-made.
    static Result<std::unique_ptr<Register>> openOrCreate(const QString& path, const Clock& clock = Clock::system());
};

} // namespace daicho
