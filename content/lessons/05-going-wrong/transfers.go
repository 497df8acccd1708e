package main

import (
	"fmt"
	"sync"
)

// With one P, the second transfer starts only once the first has both
// locks, as seed 1 schedules them; with several, the two can meet
// halfway and deadlock, as the puzzle asks. Which transfer goes first
// is the scheduler's choice: Go's runs the last one started.
// tour:env GOMAXPROCS=1
// tour:compare unordered

type Account struct {
	mu      sync.Mutex
	name    string
	balance int
}

// transfer moves amount from one account to the other, holding both
// locks: the lock-ordering example without its millisecond's pause.
func transfer(from, to *Account, amount int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
	fmt.Printf("%s paid %s %d\n", from.name, to.name, amount)
}

func main() {
	ann := &Account{name: "Ann", balance: 100}
	ben := &Account{name: "Ben", balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); transfer(ann, ben, 10) }()
	go func() { defer wg.Done(); transfer(ben, ann, 20) }()
	wg.Wait()
	fmt.Printf("Ann has %d, Ben has %d\n", ann.balance, ben.balance)
}
