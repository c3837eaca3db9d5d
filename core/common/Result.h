#pragma once

#include "Problem.h"

#include <optional>
#include <utility>

namespace daicho {

// The one error scheme of core: a value, or the problems that prevented it.
// Messages are translated where they are made, so every face can show them as they are.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Problems problems)
        : m_problems(std::move(problems))
    {
    }
    static Result failure(const QString& message, const QString& field = {})
    {
        return Result(Problems{Problem{field, message}});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // On a temporary, hand the value over, so `for (x : f().value())` never dangles.
    T value() && { return std::move(*m_value); }
    T take() { return std::move(*m_value); }
    // For views that show what they can: the value, or `fallback` when there is none.
    T valueOr(T fallback) && { return m_value ? std::move(*m_value) : std::move(fallback); }
    const Problems& problems() const { return m_problems; }
    QString errorText() const { return joinProblems(m_problems); }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

// For operations that produce nothing but success or problems.
struct Done {};
using Status = Result<Done>;
inline Status success()
{
    return Status(Done{});
}

} // namespace daicho
