// C# 12: query expressions: from, where, select, join ... on ... equals, join ... into, group ... by ... into, let, orderby (ascending, descending, several keys), multiple from clauses, anonymous types, nested queries
// mcs: compiles and runs
using System;
using System.Collections.Generic;
using System.Linq;

class Employee
{
    public string Name { get; set; }
    public int DeptId { get; set; }
    public decimal Salary { get; set; }
}

class Department
{
    public int Id { get; set; }
    public string Title { get; set; }
}

class Program
{
    static void Main()
    {
        var employees = new List<Employee>
        {
            new Employee { Name = "Ann", DeptId = 1, Salary = 5200 },
            new Employee { Name = "Bob", DeptId = 2, Salary = 4100 },
            new Employee { Name = "Cid", DeptId = 1, Salary = 6100 },
            new Employee { Name = "Dee", DeptId = 3, Salary = 3900 },
            new Employee { Name = "Eve", DeptId = 2, Salary = 4700 },
        };
        var departments = new[]
        {
            new Department { Id = 1, Title = "Engineering" },
            new Department { Id = 2, Title = "Sales" },
            new Department { Id = 3, Title = "Support" },
        };

        var wellPaid = from e in employees
                       where e.Salary > 4500
                       orderby e.Salary descending, e.Name
                       select e.Name;
        Console.WriteLine(string.Join(", ", wellPaid));

        var withDept = from e in employees
                       join d in departments on e.DeptId equals d.Id
                       let monthly = e.Salary / 12
                       orderby d.Title, e.Name ascending
                       select new { e.Name, d.Title, Monthly = Math.Round(monthly, 2) };
        foreach (var row in withDept)
            Console.WriteLine($"{row.Name,-4}{row.Title,-12}{row.Monthly,10:F2}");

        var byDept = from e in employees
                     group e by e.DeptId into g
                     let total = g.Sum(x => x.Salary)
                     where g.Count() > 1
                     select new { Dept = g.Key, Count = g.Count(), Total = total };
        foreach (var g in byDept)
            Console.WriteLine($"dept {g.Dept}: {g.Count} people, {g.Total}");

        var teams = from d in departments
                    join e in employees on d.Id equals e.DeptId into staff
                    select d.Title + ": " + string.Join("/", from s in staff select s.Name);
        foreach (var t in teams) Console.WriteLine(t);

        var pairs = from a in new[] { 1, 2, 3 }
                    from b in new[] { 10, 20 }
                    where (a + b) % 2 == 1
                    select a * b;
        Console.WriteLine(string.Join(" ", pairs));
    }
}
