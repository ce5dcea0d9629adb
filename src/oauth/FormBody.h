#pragma once

#include "oauth/OAuthConfig.h"

#include <QByteArray>
#include <QString>

namespace cad {

/// An application/x-www-form-urlencoded body (RFC 6749 Appendix B) with a fixed field order.
/// Everything but the unreserved characters is percent-encoded (UTF-8) and a space becomes '+'.
class FormBody
{
public:
    FormBody &add(const QString &name, const QString &value);
    FormBody &add(const OAuthParams &params);

    [[nodiscard]] const OAuthParams &fields() const { return m_fields; }
    [[nodiscard]] QString value(const QString &name) const;
    [[nodiscard]] QByteArray toByteArray() const;

    /// Form-encodes one name or value.
    [[nodiscard]] static QByteArray encode(const QString &text);

    /// Parses a form body or query string ('+' is a space).
    [[nodiscard]] static OAuthParams parse(const QByteArray &body);

private:
    OAuthParams m_fields;
};

} // namespace cad
