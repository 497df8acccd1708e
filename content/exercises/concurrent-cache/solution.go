// Package cache is the reference solution of "A concurrency-safe cache", in Go.
package cache

import "sync"

// A Load is a slow function that computes the value for a key.
type Load[V any] func(key string) V

// entry is a key's value, or the promise of one: ready is closed once
// value is set.
type entry[V any] struct {
	value V
	ready chan struct{}
}

// Cache is a cache that many goroutines may use at once.
type Cache[V any] struct {
	mu      sync.RWMutex // guards entries
	entries map[string]*entry[V]
}

func New[V any]() *Cache[V] {
	return &Cache[V]{entries: map[string]*entry[V]{}}
}

// Get returns the value for key. The first call for a key loads it with
// load; every later or concurrent call gets the same value.
func (c *Cache[V]) Get(key string, load Load[V]) V {
	e, mine := c.entry(key)
	if mine {
		// Loaded without the lock: other keys go on meanwhile,
		// and load may itself call Get.
		e.value = load(key)
		close(e.ready) // wakes everyone waiting for this key
	} else {
		<-e.ready // at once if the value is in
	}
	return e.value
}

// entry returns the key's entry, and whether this caller created it (and
// so must load it).
func (c *Cache[V]) entry(key string) (*entry[V], bool) {
	// The common case, a key already there: a read lock, which other
	// readers share.
	c.mu.RLock()
	e, ok := c.entries[key]
	c.mu.RUnlock()
	if ok {
		return e, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// Another goroutine may have added it between the two locks.
	if e, ok := c.entries[key]; ok {
		return e, false
	}
	e = &entry[V]{ready: make(chan struct{})}
	c.entries[key] = e
	return e, true
}
