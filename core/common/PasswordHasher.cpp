#include "PasswordHasher.h"

namespace daicho {

namespace {
std::unique_ptr<PasswordHasher>& current()
{
    static std::unique_ptr<PasswordHasher> hasher;
    return hasher;
}
} // namespace

const PasswordHasher* PasswordHasher::installed()
{
    return current().get();
}

void PasswordHasher::install(std::unique_ptr<PasswordHasher> hasher)
{
    current() = std::move(hasher);
}

} // namespace daicho
