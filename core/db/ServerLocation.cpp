#include "ServerLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace daicho {

Result<ServerLocation> ServerLocation::parse(const QString& location)
{
    using R = Result<ServerLocation>;
    const QUrl url(location, QUrl::StrictMode);
    QUrlQuery query(url);
    // What is shown, saved and reported never carries a password, in either place libpq takes one.
    QUrl shown = url.adjusted(QUrl::RemovePassword);
    QUrlQuery shownQuery = query;
    shownQuery.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(shownQuery);

    ServerLocation s;
    // Encoded, so that the text shown (and kept among recent registers) opens the same register.
    s.display = shown.toString(QUrl::FullyEncoded);
    s.database = url.path().mid(1);
    const bool scheme = url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
    if (!url.isValid() || !scheme || url.host().isEmpty() || s.database.isEmpty() ||
        s.database.contains(QLatin1Char('/')) || url.port() == 0)
        return R::failure(
            tr("%1 is not a register location: write postgresql://user@host:port/database.").arg(s.display));
    s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.password = url.password();

    static const QRegularExpression parameterName(QStringLiteral("^[a-z_]+$"));
    QStringList options;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!parameterName.match(key).hasMatch())
            return R::failure(tr("%1: \"%2\" is not a connection parameter (such as sslmode or connect_timeout).")
                                  .arg(s.display, key));
        if (key == QLatin1String("password")) {
            s.password = value;
            continue;
        }
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        options << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
    }
    s.options = options.join(QLatin1Char(';'));
    return s;
}

} // namespace daicho
