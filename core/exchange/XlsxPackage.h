#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace daicho {

class XlsxXml;

// One part (zip entry) being unpacked, as a sequential device that refuses to deliver more than
// a set number of bytes: the sizes a zip declares can lie, so the cap counts what is inflated.
class XlsxPartDevice : public QIODevice {
    Q_DECLARE_TR_FUNCTIONS(XlsxPartDevice)

public:
    XlsxPartDevice(QuaZip& zip, bool& busy, const QString& part, qint64 maxSize);
    ~XlsxPartDevice() override;

    bool isSequential() const override { return true; }
    const QString& part() const { return m_part; }
    // Why reading stopped early (too large, damaged); empty if it did not.
    QString failure() const { return m_failure; }
    // The message for a part that could not be parsed: the unpacking failure if there was one,
    // else the XML error with its line.
    QString describeError(const XlsxXml& xml) const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<QuaZipFile> m_file;
    bool& m_busy;
    QString m_part;
    qint64 m_maxSize;
    qint64 m_read = 0;
    QString m_failure;
};

struct XlsxRelationship {
    QString id;
    QString type;   // the full relationship type URI
    QString target; // part name inside the package, resolved; empty for external targets
};

// The zip container of an XLSX file, and the Open Packaging Conventions bits a reader needs:
// part lookup (case-insensitive, as OPC says) and relationships with their targets resolved.
class XlsxPackage {
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    static constexpr qint64 kMaxPartSize = qint64(256) << 20;     // worksheets, shared strings
    static constexpr qint64 kMaxSmallPartSize = qint64(16) << 20; // workbook, relationships, styles
    static constexpr int kMaxRelationships = 100000;

    static Result<std::unique_ptr<XlsxPackage>> open(const QString& path);
    ~XlsxPackage();

    // Whether the package has this part. Not while a part is open (it moves the zip's cursor).
    bool contains(const QString& part) const;
    // Opens a part for streaming. The zip has one cursor: one part at a time.
    Result<std::unique_ptr<XlsxPartDevice>> openPart(const QString& part, qint64 maxSize);
    // The relationships of a part ("" for the package itself); none if it has no .rels part.
    Result<QList<XlsxRelationship>> relationships(const QString& sourcePart);

    // A relationship target made a part name: relative to the source part's folder, or absolute.
    static QString resolve(const QString& sourcePart, const QString& target);
    // The type's last segment ("worksheet", "sharedStrings"), whatever the schema flavour.
    static QStringView typeName(const XlsxRelationship& relationship);

private:
    explicit XlsxPackage(std::unique_ptr<QuaZip> zip);

    std::unique_ptr<QuaZip> m_zip;
    bool m_busy = false; // a part is open
};

} // namespace daicho
