#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cad {

/// One check on the JSON body of the test request's answer (connector.testRequest.expect.json).
struct ResponseCheck
{
    enum class Kind
    {
        Exists,  ///< the pointer refers to a value (value: true) or to none (value: false)
        Equals,  ///< the value there is this JSON value
        Matches, ///< the value there, as text, matches this regular expression (value: the pattern)
    };

    QString pointer; ///< an RFC 6901 JSON Pointer into the answer, such as /email
    Kind kind = Kind::Exists;
    QJsonValue value = true;

    friend bool operator==(const ResponseCheck &, const ResponseCheck &) = default;
};

/// An accepted range of HTTP status codes, both ends included.
struct StatusRange
{
    int low = 200;
    int high = 299;
    friend bool operator==(const StatusRange &, const StatusRange &) = default;
};

/// What a good answer to the test request is (connector.testRequest.expect). The designer's Test
/// button and `auth-designer-cli test` hold the answer to the same expectation.
struct TestExpectation
{
    /// Accepted status codes as the author wrote them: "200", "200-299"; empty means 200-299.
    QStringList status;
    QList<ResponseCheck> json;
    int maxMs = 0; ///< a response time limit in milliseconds; 0 means none

    static constexpr int MaxMsLimit = 600000;

    [[nodiscard]] bool isDefault() const { return status.isEmpty() && json.isEmpty() && maxMs == 0; }

    /// One status entry ("204", "200-299") as a range, or nothing when it is not one.
    [[nodiscard]] static std::optional<StatusRange> parseStatus(const QString &entry);
    /// The accepted ranges: the entries that parse, or 200-299 when there are none.
    [[nodiscard]] QList<StatusRange> acceptedStatus() const;
    [[nodiscard]] bool accepts(int status) const;
    /// The accepted codes as the author reads them: "200-299" or "200, 204, 300-399".
    [[nodiscard]] QString statusText() const;

    friend bool operator==(const TestExpectation &, const TestExpectation &) = default;
};

} // namespace cad
