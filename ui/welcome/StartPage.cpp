#include "StartPage.h"

#include "WelcomeWizard.h"
#include "service/SampleRegister.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace daicho {

StartPage::StartPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel)
    , m_languageLabel(new QLabel)
    , m_japanese(new QRadioButton(QStringLiteral("日本語")))
    , m_english(new QRadioButton(QStringLiteral("English")))
    , m_choiceLabel(new QLabel)
    , m_new(new QRadioButton)
    , m_sample(new QRadioButton)
    , m_existing(new QRadioButton)
    , m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_japanese->setObjectName(QStringLiteral("japanese"));
    m_english->setObjectName(QStringLiteral("english"));
    m_new->setObjectName(QStringLiteral("newRegister"));
    m_sample->setObjectName(QStringLiteral("sampleRegister"));
    m_existing->setObjectName(QStringLiteral("existingRegister"));
    m_intro->setWordWrap(true);
    (LanguageSetting::current() == Language::English ? m_english : m_japanese)->setChecked(true);
    // The names of the languages stay in their own language, so that each is found in either.
    connect(m_japanese, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT languageChosen(Language::Japanese);
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT languageChosen(Language::English);
    });
    m_choices->addButton(m_new, int(WelcomeWizard::Choice::NewRegister));
    m_choices->addButton(m_sample, int(WelcomeWizard::Choice::SampleRegister));
    m_choices->addButton(m_existing, int(WelcomeWizard::Choice::ExistingRegister));
    m_new->setChecked(true);
    // The choice decides whether this page is the last. QWizard reads that when a page is shown,
    // and again on setFinalPage: so Next becomes Finish at once.
    connect(m_choices, &QButtonGroup::idToggled, this,
            [this] { setFinalPage(choice() != int(WelcomeWizard::Choice::NewRegister)); });

    auto* languages = new QHBoxLayout;
    languages->addWidget(m_japanese);
    languages->addWidget(m_english);
    languages->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_languageLabel);
    layout->addLayout(languages);
    layout->addSpacing(12);
    layout->addWidget(m_choiceLabel);
    for (QRadioButton* choice : {m_new, m_sample, m_existing})
        layout->addWidget(choice);
    layout->addStretch();
    retranslate();
}

int StartPage::choice() const
{
    return m_choices->checkedId();
}

int StartPage::nextId() const
{
    return choice() == int(WelcomeWizard::Choice::NewRegister) ? WelcomeWizard::Place : -1;
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void StartPage::retranslate()
{
    setTitle(tr("Welcome to Daicho"));
    setSubTitle(tr("The register of information assets (情報資産管理台帳) of the city's information-security "
                   "regulation."));
    m_intro->setText(tr("Daicho keeps the city's information assets — hardware, networks and media, information "
                        "and data, system documents — with their ratings for confidentiality, integrity and "
                        "availability, their owners and their risks. It works entirely on this computer or on "
                        "the city's own server, and never reaches the internet."));
    m_languageLabel->setText(tr("Language:"));
    m_choiceLabel->setText(tr("Start with:"));
    m_new->setText(tr("A new register for the city (recommended)"));
    m_sample->setText(tr("The sample register, with %n realistic asset(s), to try Daicho out", nullptr,
                         static_cast<int>(SampleRegister::kAssets)));
    m_existing->setText(tr("A register I already have (a file, or the city's shared register)"));
}

} // namespace daicho
