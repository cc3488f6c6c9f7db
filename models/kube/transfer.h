#pragma once

#include "kubeclient.h"

#include <curl/curl.h>

namespace kirikae {

/// What one try of a GET came to, and whether another try is worth it.
struct Attempt
{
    Response response;
    bool transient = false; ///< worth another try: reset connection, 429, 502, 503, 504
    int retryAfterSeconds = 0;
};

/**
 * One GET request as a curl easy handle, with everything curl points into while it runs. Every option is set here
 * afresh, the method included: this is the only place a request to a cluster is made, and it is always a GET.
 */
class GetTransfer
{
public:
    GetTransfer(const Connection &connection, const QString &path, const QString &bearer, const QByteArray &certBlob,
                const QByteArray &keyBlob, const ClientOptions &options);
    ~GetTransfer();
    GetTransfer(const GetTransfer &) = delete;
    GetTransfer &operator=(const GetTransfer &) = delete;

    CURL *handle() const { return m_curl; }
    /// Reads the status and body once curl is done with code, and names a failure (never with a credential).
    Attempt finish(CURLcode code);

private:
    struct State;
    CURL *m_curl;
    State *m_state;
};

} // namespace kirikae
