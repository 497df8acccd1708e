package main

import (
	"fmt"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	name    string
	balance int
}

// transfer moves amount from one account to the other, holding both locks.
func transfer(from, to *Account, amount int) {
	from.mu.Lock()
	defer from.mu.Unlock()
	time.Sleep(time.Millisecond) // check that from can pay
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
