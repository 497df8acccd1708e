package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex // guards balance
	balance int
	audit   chan string
}

func (a *Account) Deposit(who string, amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	current := a.balance
	a.audit <- fmt.Sprintf("%s deposits %d", who, amount)
	a.balance = current + amount
}

func (a *Account) Withdraw(who string, amount int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amount {
		return false // the deferred Unlock runs here too
	}
	a.audit <- fmt.Sprintf("%s withdraws %d", who, amount)
	a.balance -= amount
	return true
}

func (a *Account) Read() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	account := &Account{audit: make(chan string, 1000)}
	var wg sync.WaitGroup
	for _, who := range []string{"ana", "ben", "cat", "dan", "eve"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				account.Deposit(who, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("after 100 deposits of 1:", account.Read())
	fmt.Println("withdraw 500:", account.Withdraw("fay", 500))
	fmt.Println("withdraw 60: ", account.Withdraw("fay", 60))
	fmt.Println("balance:", account.Read())
}
