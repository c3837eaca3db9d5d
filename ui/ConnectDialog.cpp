#include "ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace daicho {

namespace {
const QString kGroup = QStringLiteral("sharedRegister/");
const QString kSslMode = QStringLiteral("sslmode");
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent, const QString& location)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to Shared Register"));
    setMinimumWidth(540); // the password's hint and the TLS modes read whole
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from PGPASSWORD or the password file"));
    m_host->setToolTip(tr("The PostgreSQL server of the city's shared register, as the IT section gives it."));
    // libpq's sslmode values, in order of strength.
    m_tls->addItem(tr("Required, server certificate verified (verify-full)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Required, certificate authority verified (verify-ca)"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Required, not verified (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("If the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Off: closed network only (disable)"), QStringLiteral("disable"));
    m_tls->setToolTip(tr("Encryption of the connection (TLS). Outside a closed network, verify the server."));

    QSettings settings;
    const QUrl given(location);
    const bool fromLocation = given.isValid() && !given.host().isEmpty();
    m_host->setText(fromLocation ? given.host() : settings.value(kGroup + QStringLiteral("host")).toString());
    m_port->setValue(fromLocation ? given.port(5432) : settings.value(kGroup + QStringLiteral("port"), 5432).toInt());
    m_database->setText(fromLocation
                            ? given.path().mid(1)
                            : settings.value(kGroup + QStringLiteral("database"), QStringLiteral("daicho")).toString());
    m_user->setText(fromLocation ? given.userName() : settings.value(kGroup + QStringLiteral("user")).toString());
    const QString sslMode = fromLocation ? QUrlQuery(given).queryItemValue(kSslMode)
                                         : settings.value(kGroup + kSslMode, QStringLiteral("prefer")).toString();
    m_tls->setCurrentIndex(qMax(0, m_tls->findData(sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* note = new QLabel(tr("Everything but the password is remembered on this PC."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(kSslMode, m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

QString ConnectDialog::locationWithPassword() const
{
    QUrl url(location());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

void ConnectDialog::accept()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the server, the database and the user."));
        return;
    }
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("port"), m_port->value());
    settings.setValue(kGroup + QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(kGroup + kSslMode, m_tls->currentData().toString());
    QDialog::accept();
}

} // namespace daicho
