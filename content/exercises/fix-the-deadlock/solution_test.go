package bank

import (
	"runtime"
	"sync"
	"testing"
	"time"
)

func TestEveryPairPaysBothWaysWithoutDeadlock(t *testing.T) {
	accounts := []*Account{{ID: 1, Balance: 100}, {ID: 2, Balance: 100}, {ID: 3, Balance: 100}}
	var wg sync.WaitGroup
	for _, from := range accounts {
		for _, to := range accounts {
			for range 12 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					transfer(from, to, 1)
					time.Sleep(time.Microsecond) // room for the others to interleave
				}()
			}
		}
	}
	wg.Wait() // a lock-order deadlock would stop here: go test reports it
	total := 0
	for _, a := range accounts {
		if a.Balance != 100 {
			t.Errorf("account %d has %d, want 100: every pair paid both ways", a.ID, a.Balance)
		}
		total += a.Balance
	}
	if total != 300 {
		t.Errorf("the accounts hold %d in all, want 300", total)
	}
}

func TestOppositeTransfersAtOnce(t *testing.T) {
	// Two goroutines paying each other over and over, on two Ps: with the
	// locks taken in the payer's order, both soon hold one lock and wait
	// for the other.
	runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0)))
	a, b := &Account{ID: 1, Balance: 0}, &Account{ID: 2, Balance: 0}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for range 1_000_000 {
			transfer(a, b, 1)
		}
	}()
	go func() {
		defer wg.Done()
		for range 1_000_000 {
			transfer(b, a, 1)
		}
	}()
	wg.Wait()
	if a.Balance != 0 || b.Balance != 0 {
		t.Errorf("balances %d and %d, want 0 and 0", a.Balance, b.Balance)
	}
}
