#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cad {

/// A user-facing error: what went wrong and, where known, what to do next.
struct Error
{
    QString message;
    QString hint;

    /// "message. hint": the message gets a full stop when it has none (servers' descriptions often lack one).
    [[nodiscard]] QString toString() const
    {
        if (hint.isEmpty())
            return message;
        QString text = message.trimmed();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
            !text.endsWith(QLatin1Char('?')) && !text.endsWith(QLatin1Char(':')))
            text += QLatin1Char('.');
        return text + QLatin1Char(' ') + hint;
    }
};

/// Either a value or an Error. GCC 12 has std::expected only under -std=c++2b, so this is the
/// project's one small stand-in for it.
template <typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that produces no value.
class Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}
    [[nodiscard]] static Status success() { return {}; }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace cad
