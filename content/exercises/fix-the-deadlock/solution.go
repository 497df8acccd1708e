// Package bank is the reference solution of "Fix the deadlock", in Go.
package bank

import "sync"

// Account is a bank account: read or change its balance only while
// holding mu.
type Account struct {
	ID      int // unique to the account; it never changes
	Balance int
	mu      sync.Mutex
}

// transfer moves amount from one account to the other as one step: both
// balances change while both accounts' locks are held.
func transfer(from, to *Account, amount int) {
	// Moving money to the same account changes nothing, and locking its
	// mutex twice would wait for ourselves forever.
	if from == to {
		return
	}
	// One order for every goroutine: lowest ID first.
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	from.Balance -= amount
	to.Balance += amount
}
