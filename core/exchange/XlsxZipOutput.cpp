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
        void* writer = dlsym(RTLD_DEFAULT, "zipOpenNewFileInZip4_64");
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
            return zipOpen3(device, append, nullptr, nullptr, 0); // we close the file, not QuaZip
    }
    using ZipOpen = zipFile (*)(voidpf, int);
    static const auto next = reinterpret_cast<ZipOpen>(dlsym(RTLD_NEXT, "zipOpen"));
    return next ? next(file, append) : nullptr;
}

#endif
