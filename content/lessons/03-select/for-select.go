package main

import "fmt"

func main() {
	tickets := make(chan int)
	closing := make(chan struct{})

	// A customer takes three tickets, then closes the shop.
	go func() {
		for range 3 {
			fmt.Println("customer: got ticket", <-tickets)
		}
		close(closing)
	}()

	// The dispenser offers the next ticket until the shop closes.
	next := 1
loop:
	for {
		select {
		case tickets <- next:
			next++
		case <-closing:
			break loop // a bare break would leave only the select
		}
	}
	fmt.Println("dispenser: handed out", next-1, "tickets")
}
