// The customer of the paperwork journeys: a Quebec business with every accent and « rue » a porting desk
// would see on its letter of authorization (the issue's own example).
export const quebecCustomer = {
  customerName: 'Société Générale du Québec Inc.',
  accountNumber: '77120-4',
  streetNumber: '1234',
  streetName: 'rue Saint-Denis',
  city: 'Montréal',
  province: 'QC',
  postalCode: 'H2X 3K8',
  email: 'admin@sgq.example',
};
