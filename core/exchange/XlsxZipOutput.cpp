#include "XlsxZipOutput.h"

#if defined(__ELF__)
#include <quazip/zip.h>

#include <dlfcn.h>
#endif

namespace daicho {

namespace {
thread_local XlsxZipOutput* t_output = nullptr;
}

XlsxZipOutput::XlsxZipOutput(const QString& path)
    : m_path(QFile::encodeName(path))
    , m_previous(t_output)
{
    t_output = this;
}

XlsxZipOutput::~XlsxZipOutput()
{
    t_output = m_previous;
    if (m_file)
        m_file->close();
}

bool XlsxZipOutput::close(QString* reason)
{
    if (!m_file || !m_file->isOpen())
        return true;
    const bool flushed = m_file->flush();
    if (!flushed)
        *reason = m_file->errorString();
    m_file->close();
    return flushed;
}

void* XlsxZipOutput::opened(void* zip)
{
    if (t_output)
        t_output->m_zip = zip;
    return zip;
}

bool XlsxZipOutput::isPackage(const void* zip)
{
    return zip && t_output && t_output->m_zip == zip;
}

QIODevice* XlsxZipOutput::claim(const char* path)
{
    XlsxZipOutput* output = t_output;
    if (!output || !path || output->m_path != path || output->m_file)
        return nullptr;
    output->m_file = std::make_unique<QFile>(QFile::decodeName(output->m_path));
    if (!output->m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    return output->m_file.get();
}

} // namespace daicho

#if defined(__ELF__)

namespace {

// Whether the zip functions libxlsxwriter will call after zipOpen are QuaZip's (zipSetFlags
// exists only in QuaZip's copy of minizip).
bool zipFunctionsAreQuaZips()
{
    static const bool quazip = [] {
        // RTLD_NEXT: the executable's own zipOpenNewFileInZip4_64 below only passes calls on.
        void* writer = dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
        void* quazipOnly = dlsym(RTLD_DEFAULT, "zipSetFlags");
        Dl_info a{}, b{};
        return writer && quazipOnly && dladdr(writer, &a) && dladdr(quazipOnly, &b) && a.dli_fbase == b.dli_fbase;
    }();
    return quazip;
}

} // namespace

extern "C" __attribute__((visibility("default"))) zipFile ZEXPORT zipOpen(voidpf file, int append)
{
    if (zipFunctionsAreQuaZips()) {
        if (QIODevice* device = daicho::XlsxZipOutput::claim(static_cast<const char*>(file)))
            return daicho::XlsxZipOutput::opened(zipOpen3(device, append, nullptr, nullptr, 0)); // we close it
    }
    static const auto next = reinterpret_cast<decltype(&zipOpen)>(dlsym(RTLD_NEXT, "zipOpen"));
    return next ? next(file, append) : nullptr;
}

// libxlsxwriter asks zlib's default level (6) for every part. A ledger's sheet is mostly
// repetitive markup: the fastest level compresses it in half the time to a file a quarter larger,
// and the compression is a third of a large export. Only the package opened above is affected.
extern "C" __attribute__((visibility("default"))) int ZEXPORT
zipOpenNewFileInZip4_64(zipFile file, const char* filename, const zip_fileinfo* zipfi, const void* extrafield_local,
                        uInt size_extrafield_local, const void* extrafield_global, uInt size_extrafield_global,
                        const char* comment, int method, int level, int raw, int windowBits, int memLevel, int strategy,
                        const char* password, uLong crcForCrypting, uLong versionMadeBy, uLong flagBase, int zip64)
{
    static const auto next =
        reinterpret_cast<decltype(&zipOpenNewFileInZip4_64)>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (!next)
        return ZIP_INTERNALERROR;
    if (method == Z_DEFLATED && daicho::XlsxZipOutput::isPackage(file))
        level = Z_BEST_SPEED;
    return next(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy, password,
                crcForCrypting, versionMadeBy, flagBase, zip64);
}

#endif
