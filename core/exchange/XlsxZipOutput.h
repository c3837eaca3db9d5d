#pragma once

#include <QByteArray>
#include <QFile>

#include <memory>

namespace daicho {

// Works around a clash of two system libraries on ELF platforms (Debian's libquazip1-qt6 and
// libxlsxwriter). Both reach minizip's zip functions by name: libxlsxwriter through libminizip,
// QuaZip through a patched copy it exports under the same names. One process has one set of
// those names, and since QuaZip is linked directly it wins: libxlsxwriter's zipOpen(file name)
// lands in QuaZip's zipOpen, which takes a QIODevice, and crashes. (Loading libminizip first
// instead breaks QuaZip: its own calls then land in libminizip, whose structures differ.)
//
// The cure: this library defines zipOpen itself, and the executable's definition is the one every
// library sees. While an XlsxZipOutput is alive on a thread, a zipOpen() of its path on that
// thread opens the file as a QFile and hands it to QuaZip's zipOpen3, so libxlsxwriter's later
// calls (zipOpenNewFileInZip4_64, zipWriteInFileInZip, …) fit the QuaZip functions they reach.
// Any other zipOpen() call goes on to the implementation that would have served it anyway.
// zipOpenNewFileInZip4_64 is passed on too, with a faster compression level for the package.
// Windows and macOS bind each library to its own dependencies; there the class does nothing.
class XlsxZipOutput {
public:
    explicit XlsxZipOutput(const QString& path);
    ~XlsxZipOutput();
    XlsxZipOutput(const XlsxZipOutput&) = delete;
    XlsxZipOutput& operator=(const XlsxZipOutput&) = delete;

    // Flushes and closes the file, if the shim opened one; false with the reason on failure.
    bool close(QString* reason);

    // Called from the zip function shims only.
    static QIODevice* claim(const char* path);
    static void* opened(void* zip); // the package zipOpen3 made of the claimed file
    static bool isPackage(const void* zip);

private:
    QByteArray m_path;
    std::unique_ptr<QFile> m_file;
    void* m_zip = nullptr;
    XlsxZipOutput* m_previous = nullptr;
};

} // namespace daicho
