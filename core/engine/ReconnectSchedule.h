// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When to try the server again after a lost or refused connection (not a
// refused login: that waits for the user). The delay starts at `firstMs` and
// doubles up to `maxMs` (2 s, 4 s, ... 5 min); a successful login resets it.
// Pure arithmetic: AccountWorker owns the timer.
namespace carteiro {

class ReconnectSchedule
{
public:
    explicit ReconnectSchedule(int firstMs = 2000, int maxMs = 5 * 60 * 1000) : m_first(firstMs), m_max(maxMs) {}

    // The delay before the next attempt; each call doubles the one after.
    int next()
    {
        const int delay = m_next == 0 ? m_first : m_next;
        m_next = delay >= m_max / 2 ? m_max : delay * 2;
        ++m_attempts;
        return delay > m_max ? m_max : delay;
    }
    void reset()
    {
        m_next = 0;
        m_attempts = 0;
    }
    int attempts() const { return m_attempts; }

private:
    int m_first, m_max;
    int m_next = 0;
    int m_attempts = 0;
};

} // namespace carteiro
